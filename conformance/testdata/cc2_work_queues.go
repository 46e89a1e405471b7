package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// A task sums the integers in [lo, hi). Big tasks split themselves in two
// and push the halves onto the owner's queue, which other workers may steal.
type task struct{ lo, hi int }

type deque struct {
	mu    sync.Mutex
	items []task
}

func (d *deque) pushBottom(t task) {
	d.mu.Lock()
	d.items = append(d.items, t)
	d.mu.Unlock()
}

func (d *deque) popBottom() (task, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.items) == 0 {
		return task{}, false
	}
	t := d.items[len(d.items)-1]
	d.items = d.items[:len(d.items)-1]
	return t, true
}

func (d *deque) stealTop() (task, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.items) == 0 {
		return task{}, false
	}
	t := d.items[0]
	d.items = d.items[1:]
	return t, true
}

type Pool struct {
	queues  []*deque
	pending atomic.Int64
	total   atomic.Int64
	leaves  atomic.Int64
	splits  atomic.Int64
}

func (p *Pool) submit(owner int, t task) {
	p.pending.Add(1)
	p.queues[owner].pushBottom(t)
}

func (p *Pool) worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	n := len(p.queues)
	for p.pending.Load() > 0 {
		t, ok := p.queues[id].popBottom()
		for k := 1; !ok && k < n; k++ {
			t, ok = p.queues[(id+k)%n].stealTop()
		}
		if !ok {
			runtime.Gosched()
			continue
		}
		if t.hi-t.lo > 64 {
			mid := (t.lo + t.hi) / 2
			p.splits.Add(1)
			p.submit(id, task{t.lo, mid})
			p.submit(id, task{mid, t.hi})
		} else {
			var s int64
			for i := t.lo; i < t.hi; i++ {
				s += int64(i) * int64(i%7)
			}
			p.total.Add(s)
			p.leaves.Add(1)
		}
		p.pending.Add(-1) // only after children were submitted
	}
}

func run(workers, size int) *Pool {
	p := &Pool{}
	for i := 0; i < workers; i++ {
		p.queues = append(p.queues, &deque{})
	}
	// All work starts on worker 0; the others have to steal.
	p.submit(0, task{0, size})
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go p.worker(i, &wg)
	}
	wg.Wait()
	return p
}

func main() {
	for _, size := range []int{1000, 5000, 20000} {
		var want int64
		for i := 0; i < size; i++ {
			want += int64(i) * int64(i%7)
		}
		fmt.Printf("size %d: expected %d\n", size, want)
		for _, workers := range []int{1, 2, 4} {
			p := run(workers, size)
			fmt.Printf("  workers=%d total=%d ok=%v leaves=%d splits=%d\n",
				workers, p.total.Load(), p.total.Load() == want, p.leaves.Load(), p.splits.Load())
		}
	}
}
