package main

import (
	"fmt"
	"sort"
	"sync"
)

// BoundedBuffer is the classic producer/consumer buffer built from a
// mutex and two condition variables.
type BoundedBuffer struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	capacity int
	closed   bool
}

func NewBoundedBuffer(capacity int) *BoundedBuffer {
	b := &BoundedBuffer{capacity: capacity}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *BoundedBuffer) Put(x int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == b.capacity {
		b.notFull.Wait()
	}
	b.items = append(b.items, x)
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
	x := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	return x, true
}

func (b *BoundedBuffer) Close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	// wake every consumer so they can notice the close
	b.notEmpty.Broadcast()
}

func main() {
	buf := NewBoundedBuffer(3)
	const producers = 3
	const perProducer = 10
	const consumers = 4

	var prodWG sync.WaitGroup
	for p := 0; p < producers; p++ {
		prodWG.Add(1)
		go func() {
			defer prodWG.Done()
			for i := 0; i < perProducer; i++ {
				buf.Put(p*100 + i)
			}
		}()
	}

	got := make([][]int, consumers)
	var consWG sync.WaitGroup
	for c := 0; c < consumers; c++ {
		consWG.Add(1)
		go func() {
			defer consWG.Done()
			for {
				x, ok := buf.Get()
				if !ok {
					return
				}
				got[c] = append(got[c], x)
			}
		}()
	}

	prodWG.Wait()
	buf.Close()
	consWG.Wait()

	var all []int
	for _, g := range got {
		all = append(all, g...)
	}
	sort.Ints(all)

	fmt.Println("items consumed:", len(all))
	for p := 0; p < producers; p++ {
		fmt.Printf("producer %d: %v\n", p, all[p*perProducer:(p+1)*perProducer])
	}
	sum := 0
	for _, x := range all {
		sum += x
	}
	fmt.Println("sum:", sum)
	fmt.Println("buffer empty at end:", len(buf.items) == 0)
}
