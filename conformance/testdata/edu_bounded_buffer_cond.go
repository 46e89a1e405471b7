// Lecture 7 (part 2): the same bounded buffer, built by hand from a mutex and
// two condition variables, the way it is done in C with pthreads.
//
// Rule of thumb: always wait on a condition variable inside a `for` loop that
// re-checks the predicate, because a woken goroutine may find the condition
// false again by the time it reacquires the lock.
package main

import (
	"fmt"
	"sync"
)

// RingBuffer is a fixed-capacity FIFO queue safe for concurrent use.
type RingBuffer[T any] struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	data     []T
	head     int // index of the next element to remove
	count    int
	maxSeen  int
}

func NewRingBuffer[T any](capacity int) *RingBuffer[T] {
	rb := &RingBuffer[T]{data: make([]T, capacity)}
	rb.notFull = sync.NewCond(&rb.mu)
	rb.notEmpty = sync.NewCond(&rb.mu)
	return rb
}

func (rb *RingBuffer[T]) Put(v T) {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	for rb.count == len(rb.data) {
		rb.notFull.Wait()
	}
	rb.data[(rb.head+rb.count)%len(rb.data)] = v
	rb.count++
	rb.maxSeen = max(rb.maxSeen, rb.count)
	rb.notEmpty.Signal()
}

func (rb *RingBuffer[T]) Get() T {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	for rb.count == 0 {
		rb.notEmpty.Wait()
	}
	v := rb.data[rb.head]
	rb.head = (rb.head + 1) % len(rb.data)
	rb.count--
	rb.notFull.Signal()
	return v
}

func (rb *RingBuffer[T]) MaxOccupancy() int {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	return rb.maxSeen
}

// Message carries a line of text; an empty Text with Done set ends the stream.
type Message struct {
	Seq  int
	Text string
	Done bool
}

func main() {
	const capacity = 3
	rb := NewRingBuffer[Message](capacity)
	words := []string{"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog",
		"while", "the", "buffer", "never", "overflows"}

	// One producer and one consumer: FIFO order is preserved end to end, so
	// the consumer's output order is deterministic.
	go func() {
		for i, w := range words {
			rb.Put(Message{Seq: i, Text: w})
		}
		rb.Put(Message{Done: true}) // sentinel ("poison pill")
	}()

	var lines []string
	totalLen := 0
	for {
		m := rb.Get()
		if m.Done {
			break
		}
		totalLen += len(m.Text)
		lines = append(lines, fmt.Sprintf("%2d: %s", m.Seq, m.Text))
	}

	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("messages received:", len(lines))
	fmt.Println("total characters:", totalLen)
	fmt.Println("occupancy never exceeded capacity:", rb.MaxOccupancy() <= capacity)
}
