package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// Ring is a single-producer single-consumer lock-free queue.
type Ring[T any] struct {
	buf  []T
	mask uint64
	head atomic.Uint64 // next slot to read
	tail atomic.Uint64 // next slot to write
}

func NewRing[T any](sizePow2 int) *Ring[T] {
	return &Ring[T]{buf: make([]T, sizePow2), mask: uint64(sizePow2 - 1)}
}

func (r *Ring[T]) TryPush(v T) bool {
	t := r.tail.Load()
	if t-r.head.Load() == uint64(len(r.buf)) {
		return false
	}
	r.buf[t&r.mask] = v
	r.tail.Store(t + 1)
	return true
}

func (r *Ring[T]) TryPop() (T, bool) {
	var zero T
	h := r.head.Load()
	if h == r.tail.Load() {
		return zero, false
	}
	v := r.buf[h&r.mask]
	r.buf[h&r.mask] = zero
	r.head.Store(h + 1)
	return v, true
}

func (r *Ring[T]) Len() int { return int(r.tail.Load() - r.head.Load()) }

func main() {
	const n = 20000
	r := NewRing[int](64)
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 1; i <= n; i++ {
			for !r.TryPush(i) {
				runtime.Gosched()
			}
		}
	})
	var sum, count int
	inOrder := true
	wg.Go(func() {
		expect := 1
		for count < n {
			v, ok := r.TryPop()
			if !ok {
				runtime.Gosched()
				continue
			}
			if v != expect {
				inOrder = false
			}
			expect++
			sum += v
			count++
		}
	})
	wg.Wait()
	fmt.Println("count:", count, "sum:", sum, "expected:", n*(n+1)/2)
	fmt.Println("in order:", inOrder, "left:", r.Len())

	small := NewRing[string](4)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		fmt.Printf("push %s -> %v\n", s, small.TryPush(s))
	}
	for {
		v, ok := small.TryPop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| empty:", small.Len() == 0)
}
