// Handout 16: race-free memoisation with duplicate suppression.
// The first caller for a key computes the value; concurrent callers for
// the same key wait on a "ready" channel instead of recomputing.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type entry[V any] struct {
	val   V
	ready chan struct{}
}

type Memo[K comparable, V any] struct {
	mu    sync.Mutex
	cache map[K]*entry[V]
	f     func(K) V
	calls atomic.Int64
}

func NewMemo[K comparable, V any](f func(K) V) *Memo[K, V] {
	m := &Memo[K, V]{cache: make(map[K]*entry[V])}
	m.f = func(k K) V { m.calls.Add(1); return f(k) }
	return m
}

func (m *Memo[K, V]) Get(k K) V {
	m.mu.Lock()
	e := m.cache[k]
	if e == nil {
		e = &entry[V]{ready: make(chan struct{})}
		m.cache[k] = e
		m.mu.Unlock()
		e.val = m.f(k)
		close(e.ready)
	} else {
		m.mu.Unlock()
		<-e.ready
	}
	return e.val
}

// partitions counts the integer partitions of n (slow on purpose).
func partitions(n, maxPart int) int {
	if n == 0 {
		return 1
	}
	total := 0
	for p := min(n, maxPart); p >= 1; p-- {
		total += partitions(n-p, p)
	}
	return total
}

func main() {
	memo := NewMemo(func(n int) int { return partitions(n, n) })
	keys := []int{5, 10, 15, 20, 25, 30, 35, 40}

	const callersPerKey = 8
	results := make([][]int, len(keys))
	var wg sync.WaitGroup
	for i, k := range keys {
		results[i] = make([]int, callersPerKey)
		for c := range callersPerKey {
			wg.Go(func() { results[i][c] = memo.Get(k) })
		}
	}
	wg.Wait()

	for i, k := range keys {
		agree := true
		for _, r := range results[i] {
			agree = agree && r == results[i][0]
		}
		fmt.Printf("p(%2d) = %6d  (%d callers agree: %v)\n", k, results[i][0], callersPerKey, agree)
	}
	fmt.Println("total Get calls:", len(keys)*callersPerKey)
	fmt.Println("actual computations:", memo.calls.Load())
	fmt.Println("cached again p(40):", memo.Get(40), "computations now:", memo.calls.Load())
}
