package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type node[T any] struct {
	val  T
	next *node[T]
}

// Stack is a Treiber stack: push and pop retry a compare-and-swap on the head.
type Stack[T any] struct {
	head atomic.Pointer[node[T]]
	size atomic.Int64
}

func (s *Stack[T]) Push(v T) {
	n := &node[T]{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			s.size.Add(1)
			return
		}
	}
}

func (s *Stack[T]) Pop() (T, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			var zero T
			return zero, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			s.size.Add(-1)
			return old.val, true
		}
	}
}

func main() {
	var s Stack[int]
	const producers, perProducer, consumers = 4, 250, 3

	var wg sync.WaitGroup
	for p := range producers {
		wg.Go(func() {
			for i := range perProducer {
				s.Push(p*perProducer + i)
			}
		})
	}
	popped := make([][]int, consumers)
	for c := range consumers {
		wg.Go(func() {
			for range 200 {
				if v, ok := s.Pop(); ok {
					popped[c] = append(popped[c], v)
				}
			}
		})
	}
	wg.Wait()

	var all []int
	for _, p := range popped {
		all = append(all, p...)
	}
	byConsumers, remaining := len(all), s.size.Load()
	for v, ok := s.Pop(); ok; v, ok = s.Pop() {
		all = append(all, v)
	}
	slices.Sort(all)
	ok := len(all) == producers*perProducer
	for i, v := range all {
		if v != i {
			ok = false
		}
	}
	fmt.Println("total values:", len(all), "each exactly once:", ok)
	fmt.Println("popped+remaining consistent:", int64(byConsumers)+remaining == producers*perProducer)
	fmt.Println("first:", all[:5], "last:", all[len(all)-5:])
	fmt.Println("empty after drain:", s.head.Load() == nil, "size:", s.size.Load())

	// LIFO order on a single goroutine.
	var words Stack[string]
	for _, w := range []string{"first", "second", "third"} {
		words.Push(w)
	}
	for w, ok := words.Pop(); ok; w, ok = words.Pop() {
		fmt.Print(w, " ")
	}
	fmt.Println()
}
