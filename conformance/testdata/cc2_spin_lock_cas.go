package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

// SpinLock is a test-and-test-and-set lock: spin on a plain load and only
// try the CAS when the lock looks free, yielding the processor meanwhile.
type SpinLock struct {
	state atomic.Int32
}

func (s *SpinLock) Lock() {
	for {
		if s.state.Load() == 0 && s.state.CompareAndSwap(0, 1) {
			return
		}
		runtime.Gosched()
	}
}

func (s *SpinLock) Unlock() {
	if !s.state.CompareAndSwap(1, 0) {
		panic("unlock of unlocked SpinLock")
	}
}

// casMax raises m to at least v using a CAS retry loop.
func casMax(m *atomic.Int64, v int64) {
	for {
		cur := m.Load()
		if v <= cur || m.CompareAndSwap(cur, v) {
			return
		}
	}
}

// Node and Stack form a Treiber stack: a lock-free stack built on CAS.
type Node struct {
	val  int
	next *Node
}

type Stack struct {
	head atomic.Pointer[Node]
}

func (s *Stack) Push(v int) {
	n := &Node{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

func (s *Stack) Pop() (int, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			return 0, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			return old.val, true
		}
	}
}

func main() {
	var lock SpinLock
	histogram := make(map[int]int)
	var maxVal atomic.Int64
	var stack Stack

	const workers, per = 4, 200
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				v := (w*per + i) * 37 % 101
				lock.Lock()
				histogram[v%10]++
				lock.Unlock()
				casMax(&maxVal, int64(v))
				stack.Push(v)
			}
		}()
	}
	wg.Wait()

	buckets := make([]int, 0, len(histogram))
	for k := range histogram {
		buckets = append(buckets, k)
	}
	sort.Ints(buckets)
	total := 0
	for _, b := range buckets {
		fmt.Printf("bucket %d: %d\n", b, histogram[b])
		total += histogram[b]
	}
	fmt.Println("total:", total)
	fmt.Println("max value:", maxVal.Load())

	// Drain the stack concurrently; every pushed value is popped exactly once.
	sums := make([]int, workers)
	counts := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := stack.Pop()
				if !ok {
					return
				}
				sums[w] += v
				counts[w]++
			}
		}()
	}
	wg.Wait()
	popped, sum := 0, 0
	for w := range sums {
		popped += counts[w]
		sum += sums[w]
	}
	want := 0
	for i := 0; i < workers*per; i++ {
		want += i * 37 % 101
	}
	fmt.Println("popped:", popped, "sum:", sum, "expected:", want)
	_, ok := stack.Pop()
	fmt.Println("stack empty:", !ok)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	lock.Unlock()
}
