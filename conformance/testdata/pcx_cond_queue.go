package main

import (
	"fmt"
	"sort"
	"sync"
)

// BoundedQueue is a classic monitor: one mutex, two condition variables.
type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	capacity int
	closed   bool
	peak     int
}

func NewBoundedQueue(capacity int) *BoundedQueue {
	q := &BoundedQueue{capacity: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.capacity {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	if len(q.items) > q.peak {
		q.peak = len(q.items)
	}
	q.notEmpty.Signal()
}

// Get returns false once the queue is closed and drained.
func (q *BoundedQueue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *BoundedQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

type tally struct {
	count int
	sum   int
}

func main() {
	const producers, consumers, perProducer = 3, 2, 25
	q := NewBoundedQueue(4)

	var prodWG sync.WaitGroup
	for p := 1; p <= producers; p++ {
		prodWG.Add(1)
		go func(id int) {
			defer prodWG.Done()
			for i := 1; i <= perProducer; i++ {
				q.Put(id*1000 + i)
			}
		}(p)
	}

	partial := make([]map[int]tally, consumers)
	var consWG sync.WaitGroup
	for c := range consumers {
		consWG.Add(1)
		go func() {
			defer consWG.Done()
			local := map[int]tally{}
			for {
				v, ok := q.Get()
				if !ok {
					break
				}
				t := local[v/1000]
				t.count++
				t.sum += v % 1000
				local[v/1000] = t
			}
			partial[c] = local
		}()
	}

	prodWG.Wait()
	q.Close()
	consWG.Wait()

	merged := map[int]tally{}
	for _, m := range partial {
		for k, t := range m {
			acc := merged[k]
			acc.count += t.count
			acc.sum += t.sum
			merged[k] = acc
		}
	}
	keys := make([]int, 0, len(merged))
	for k := range merged {
		keys = append(keys, k)
	}
	sort.Ints(keys)

	grand := tally{}
	for _, k := range keys {
		t := merged[k]
		fmt.Printf("producer %d: %d items, payload sum %d\n", k, t.count, t.sum)
		grand.count += t.count
		grand.sum += t.sum
	}
	fmt.Printf("total items: %d, payload sum: %d\n", grand.count, grand.sum)
	fmt.Println("peak within capacity:", q.peak <= q.capacity)
	_, ok := q.Get()
	fmt.Println("get after close ok:", ok)
}
