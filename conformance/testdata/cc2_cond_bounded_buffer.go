package main

import (
	"fmt"
	"sync"
)

type item struct {
	producer int
	seq      int
}

// BoundedBuffer is a classic monitor: one mutex, two condition variables.
type BoundedBuffer struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	buf      []item
	head     int
	count    int
	closed   bool
	maxCount int
}

func NewBoundedBuffer(capacity int) *BoundedBuffer {
	b := &BoundedBuffer{buf: make([]item, capacity)}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *BoundedBuffer) Put(it item) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.count == len(b.buf) {
		b.notFull.Wait()
	}
	b.buf[(b.head+b.count)%len(b.buf)] = it
	b.count++
	b.maxCount = max(b.maxCount, b.count)
	b.notEmpty.Signal()
}

// Get returns false once the buffer is closed and drained.
func (b *BoundedBuffer) Get() (item, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.count == 0 && !b.closed {
		b.notEmpty.Wait()
	}
	if b.count == 0 {
		return item{}, false
	}
	it := b.buf[b.head]
	b.head = (b.head + 1) % len(b.buf)
	b.count--
	b.notFull.Signal()
	return it, true
}

func (b *BoundedBuffer) Close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.notEmpty.Broadcast()
}

func main() {
	const producers, consumers, perProducer, capacity = 4, 3, 50, 5
	buf := NewBoundedBuffer(capacity)

	var prodWG, consWG sync.WaitGroup
	for p := 0; p < producers; p++ {
		prodWG.Add(1)
		go func() {
			defer prodWG.Done()
			for s := 0; s < perProducer; s++ {
				buf.Put(item{producer: p, seq: s})
			}
		}()
	}

	// Each consumer keeps private tallies; they are merged afterwards.
	type tally struct {
		count   [producers]int
		seqSum  [producers]int
		inOrder bool
	}
	tallies := make([]tally, consumers)
	for c := 0; c < consumers; c++ {
		consWG.Add(1)
		go func() {
			defer consWG.Done()
			t := &tallies[c]
			t.inOrder = true
			last := [producers]int{-1, -1, -1, -1}
			for {
				it, ok := buf.Get()
				if !ok {
					return
				}
				t.count[it.producer]++
				t.seqSum[it.producer] += it.seq
				if it.seq <= last[it.producer] {
					t.inOrder = false
				}
				last[it.producer] = it.seq
			}
		}()
	}

	prodWG.Wait()
	buf.Close()
	consWG.Wait()

	total := 0
	allOrdered := true
	for p := 0; p < producers; p++ {
		n, sum := 0, 0
		for _, t := range tallies {
			n += t.count[p]
			sum += t.seqSum[p]
		}
		total += n
		fmt.Printf("producer %d: %d items consumed, seq sum %d\n", p, n, sum)
	}
	for _, t := range tallies {
		allOrdered = allOrdered && t.inOrder
	}
	fmt.Println("total consumed:", total)
	fmt.Println("each consumer saw a producer's items in order:", allOrdered)
	fmt.Println("buffer never exceeded capacity:", buf.maxCount <= capacity)
	fmt.Println("left in buffer:", buf.count)
	_, ok := buf.Get()
	fmt.Println("get after close:", ok)
}
