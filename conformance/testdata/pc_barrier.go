// Lecture 20: reusable barriers built from Mutex+Cond and from channels.
package main

import (
	"fmt"
	"sync"
)

// CondBarrier is a cyclic barrier with a generation counter.
type CondBarrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewCondBarrier(n int) *CondBarrier {
	b := &CondBarrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *CondBarrier) Await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

// ChanBarrier swaps in a fresh channel each phase and closes the old one.
type ChanBarrier struct {
	mu      sync.Mutex
	n, seen int
	release chan struct{}
}

func NewChanBarrier(n int) *ChanBarrier {
	return &ChanBarrier{n: n, release: make(chan struct{})}
}

func (b *ChanBarrier) Await() {
	b.mu.Lock()
	ch := b.release
	b.seen++
	if b.seen == b.n {
		b.seen = 0
		b.release = make(chan struct{})
		close(ch)
	}
	b.mu.Unlock()
	<-ch
}

type Barrier interface{ Await() }

// jacobi runs a 1-D smoothing stencil; each worker owns one cell and all
// workers must finish reading phase k before anyone writes phase k+1.
func jacobi(b Barrier, cells []int, phases int) [][]int {
	n := len(cells)
	cur := append([]int(nil), cells...)
	next := make([]int, n)
	history := [][]int{append([]int(nil), cur...)}
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			for range phases {
				left, right := cur[(i+n-1)%n], cur[(i+1)%n]
				next[i] = (left + 2*cur[i] + right) / 4
				b.Await() // everyone has written next
				if i == 0 {
					cur, next = next, cur
					history = append(history, append([]int(nil), cur...))
				}
				b.Await() // swap is visible to all
			}
		})
	}
	wg.Wait()
	return history
}

func main() {
	start := []int{0, 0, 0, 1000, 0, 0, 0, 0}
	h1 := jacobi(NewCondBarrier(len(start)), start, 5)
	h2 := jacobi(NewChanBarrier(len(start)), start, 5)
	for k, row := range h1 {
		fmt.Printf("phase %d: %v\n", k, row)
	}
	same := len(h1) == len(h2)
	for k := range h1 {
		for i := range h1[k] {
			if h1[k][i] != h2[k][i] {
				same = false
			}
		}
	}
	fmt.Println("cond and channel barriers agree:", same)
	fmt.Printf("types: %T / %T\n", NewCondBarrier(1), NewChanBarrier(1))
}
