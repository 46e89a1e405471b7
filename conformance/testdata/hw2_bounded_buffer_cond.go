// Homework 2, problem 5: bounded buffer implemented with sync.Cond.
// Two condition variables share one mutex: producers wait on notFull,
// consumers wait on notEmpty. Close wakes everyone so consumers can exit.
package main

import (
	"fmt"
	"sync"
)

// BoundedBuffer is a FIFO queue with a fixed capacity.
type BoundedBuffer struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	capacity int
	closed   bool
	maxSeen  int
}

func NewBoundedBuffer(capacity int) *BoundedBuffer {
	b := &BoundedBuffer{capacity: capacity}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *BoundedBuffer) Put(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == b.capacity { // always re-check the condition in a loop
		b.notFull.Wait()
	}
	b.items = append(b.items, v)
	b.maxSeen = max(b.maxSeen, len(b.items))
	b.notEmpty.Signal()
}

// Get returns false once the buffer is closed and drained.
func (b *BoundedBuffer) Get() (int, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 && !b.closed {
		b.notEmpty.Wait()
	}
	if len(b.items) == 0 {
		return 0, false
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	return v, true
}

func (b *BoundedBuffer) Close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.notEmpty.Broadcast()
}

// ConsumerStats is collected privately by each consumer.
type ConsumerStats struct {
	Count int
	Sum   int
}

func main() {
	const producers, consumers, perProducer, capacity = 3, 3, 40, 4
	buf := NewBoundedBuffer(capacity)
	stats := make([]ConsumerStats, consumers)

	var prodWG, consWG sync.WaitGroup
	for p := 0; p < producers; p++ {
		prodWG.Go(func() {
			for i := 1; i <= perProducer; i++ {
				buf.Put(p*1000 + i)
			}
		})
	}
	for c := 0; c < consumers; c++ {
		consWG.Go(func() {
			for {
				v, ok := buf.Get()
				if !ok {
					return
				}
				stats[c].Count++
				stats[c].Sum += v
			}
		})
	}
	prodWG.Wait()
	buf.Close()
	consWG.Wait()

	expected := 0
	for p := 0; p < producers; p++ {
		for i := 1; i <= perProducer; i++ {
			expected += p*1000 + i
		}
	}
	count, sum := 0, 0
	for _, s := range stats {
		count += s.Count
		sum += s.Sum
	}
	fmt.Println("Bounded buffer with sync.Cond")
	fmt.Println("capacity:", capacity)
	fmt.Println("items consumed:", count, "of", producers*perProducer)
	fmt.Println("sum consumed:", sum)
	fmt.Println("sum expected:", expected)
	fmt.Println("occupancy never exceeded capacity:", buf.maxSeen <= capacity)
	fmt.Println("buffer empty at end:", len(buf.items) == 0)
}
