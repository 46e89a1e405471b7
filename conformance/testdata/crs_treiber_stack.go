// Lecture 16: a lock-free stack (Treiber stack) using atomic.Pointer and CAS.
package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type node[T any] struct {
	value T
	next  *node[T]
}

type Stack[T any] struct {
	head    atomic.Pointer[node[T]]
	size    atomic.Int64
	retries atomic.Int64
}

func (s *Stack[T]) Push(v T) {
	n := &node[T]{value: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			s.size.Add(1)
			return
		}
		s.retries.Add(1)
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
			return old.value, true
		}
		s.retries.Add(1)
	}
}

func (s *Stack[T]) Len() int { return int(s.size.Load()) }

func main() {
	var st Stack[int]

	// Sequential behaviour: LIFO.
	for i := 1; i <= 3; i++ {
		st.Push(i * 10)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| empty:", st.Len() == 0)

	// Concurrent pushes from 8 goroutines.
	const g, per = 8, 250
	var wg sync.WaitGroup
	for id := 0; id < g; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				st.Push(id*per + i)
			}
		}()
	}
	wg.Wait()
	fmt.Println("after pushes:", st.Len())

	// Concurrent pops; each goroutine keeps what it popped.
	popped := make([][]int, g)
	for id := 0; id < g; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := st.Pop()
				if !ok {
					return
				}
				popped[id] = append(popped[id], v)
			}
		}()
	}
	wg.Wait()

	all := slices.Concat(popped...)
	slices.Sort(all)
	unique := len(slices.Compact(slices.Clone(all))) == len(all)
	fmt.Printf("popped %d values, unique=%v, min=%d, max=%d\n", len(all), unique, all[0], all[len(all)-1])
	expected := make([]int, g*per)
	for i := range expected {
		expected[i] = i
	}
	fmt.Println("exactly the pushed values:", slices.Equal(all, expected))
	fmt.Println("final len:", st.Len())

	var words Stack[string]
	words.Push("lock")
	words.Push("free")
	w1, _ := words.Pop()
	w2, _ := words.Pop()
	_, ok := words.Pop()
	fmt.Printf("%q %q %v %T\n", w1, w2, ok, &words)
}
