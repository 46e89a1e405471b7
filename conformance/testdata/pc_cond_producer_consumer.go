// Lab 11: producer/consumer with sync.Cond over a ring buffer.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Ring struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	buf      []int
	head, n  int
	closed   bool
}

func NewRing(size int) *Ring {
	r := &Ring{buf: make([]int, size)}
	r.notEmpty = sync.NewCond(&r.mu)
	r.notFull = sync.NewCond(&r.mu)
	return r
}

func (r *Ring) Put(v int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.n == len(r.buf) {
		r.notFull.Wait()
	}
	r.buf[(r.head+r.n)%len(r.buf)] = v
	r.n++
	r.notEmpty.Signal()
}

// Take returns false once the ring is closed and empty.
func (r *Ring) Take() (int, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.n == 0 && !r.closed {
		r.notEmpty.Wait()
	}
	if r.n == 0 {
		return 0, false
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.n--
	r.notFull.Signal()
	return v, true
}

func (r *Ring) Close() {
	r.mu.Lock()
	r.closed = true
	r.mu.Unlock()
	r.notEmpty.Broadcast()
}

func main() {
	ring := NewRing(3)
	const producers, perProducer, consumers = 3, 6, 2

	var prodWG, consWG sync.WaitGroup
	for p := range producers {
		prodWG.Go(func() {
			for i := range perProducer {
				ring.Put(p*100 + i)
			}
		})
	}

	got := make([][]int, consumers)
	for c := range consumers {
		consWG.Go(func() {
			for {
				v, ok := ring.Take()
				if !ok {
					return
				}
				got[c] = append(got[c], v)
			}
		})
	}

	prodWG.Wait()
	ring.Close()
	consWG.Wait()

	var all []int
	for _, g := range got {
		all = append(all, g...)
	}
	slices.Sort(all)
	fmt.Println("items consumed:", len(all))
	for p := range producers {
		fmt.Printf("producer %d: %v\n", p, all[p*perProducer:(p+1)*perProducer])
	}

	// Per-producer FIFO order is preserved inside each consumer's stream.
	ordered := true
	for _, g := range got {
		last := map[int]int{}
		for _, v := range g {
			if prev, ok := last[v/100]; ok && prev > v {
				ordered = false
			}
			last[v/100] = v
		}
	}
	fmt.Println("per-producer order preserved:", ordered)
	_, ok := ring.Take()
	fmt.Println("take after close:", ok)
}
