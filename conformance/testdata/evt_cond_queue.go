// A bounded producer/consumer queue built on sync.Cond.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Queue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	cap      int
	closed   bool
	maxSeen  int
	puts     int
}

func NewQueue[T any](capacity int) *Queue[T] {
	q := &Queue[T]{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue[T]) Put(v T) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.puts++
	q.maxSeen = max(q.maxSeen, len(q.items))
	q.notEmpty.Signal()
}

// Get blocks until an item is available; ok is false once closed and drained.
func (q *Queue[T]) Get() (v T, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return v, false
	}
	v = q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

type Order struct {
	Producer string
	N        int
	Amount   int
}

func main() {
	q := NewQueue[Order](3)
	producers := map[string]int{"east": 12, "north": 9, "west": 15}
	names := []string{"east", "north", "west"}

	var pwg sync.WaitGroup
	for i, name := range names {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for n := 1; n <= producers[name]; n++ {
				q.Put(Order{Producer: name, N: n, Amount: (i+1)*100 + n})
			}
		}()
	}

	const consumers = 4
	perConsumer := make([][]Order, consumers)
	var cwg sync.WaitGroup
	for c := 0; c < consumers; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for {
				o, ok := q.Get()
				if !ok {
					return
				}
				perConsumer[c] = append(perConsumer[c], o)
			}
		}()
	}
	pwg.Wait()
	q.Close()
	cwg.Wait()

	var all []Order
	for _, got := range perConsumer {
		all = append(all, got...)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Producer != all[j].Producer {
			return all[i].Producer < all[j].Producer
		}
		return all[i].N < all[j].N
	})
	totals := map[string]int{}
	counts := map[string]int{}
	inOrder := true
	for i, o := range all {
		totals[o.Producer] += o.Amount
		counts[o.Producer]++
		if i > 0 && all[i-1].Producer == o.Producer && all[i-1].N+1 != o.N {
			inOrder = false
		}
	}
	for _, name := range names {
		fmt.Printf("%-5s produced=%2d consumed=%2d total=%d\n", name, producers[name], counts[name], totals[name])
	}
	fmt.Printf("puts=%d consumed=%d contiguous=%t\n", q.puts, len(all), inOrder)
	fmt.Printf("capacity respected: %t\n", q.maxSeen <= q.cap)
	fmt.Printf("first=%+v\n", all[0])
	fmt.Printf("last=%+v\n", all[len(all)-1])
}
