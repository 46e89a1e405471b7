// Lab 2: bookkeeping for a parallel loop. Instead of wall-clock timings we
// count the work units each worker performs and derive the ideal speedup
// from the critical path (the most loaded worker).
package main

import (
	"fmt"
	"sync"
)

// cost of iteration i: deliberately uneven to show load imbalance.
func cost(i int) int { return 1 + i%7 }

func work(i int) int {
	s := 0
	for k := 0; k < cost(i)*100; k++ {
		s += (i*k + 3) % 11
	}
	return s
}

type Stats struct {
	Workers  int
	Total    int
	MaxLoad  int
	Checksum int
}

func (s Stats) Speedup() float64 { return float64(s.Total) / float64(s.MaxLoad) }

func (s Stats) Efficiency() float64 { return s.Speedup() / float64(s.Workers) }

func (s Stats) String() string {
	return fmt.Sprintf("workers=%2d total=%4d maxload=%4d speedup=%6.2f eff=%6.2f sum=%d",
		s.Workers, s.Total, s.MaxLoad, s.Speedup(), s.Efficiency(), s.Checksum)
}

// runCyclic distributes iterations round-robin (i % workers).
func runCyclic(n, workers int) Stats {
	results := make([]int, n)
	loads := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				results[i] = work(i)
				loads[w] += cost(i)
			}
		})
	}
	wg.Wait()
	st := Stats{Workers: workers}
	for _, l := range loads {
		st.Total += l
		st.MaxLoad = max(st.MaxLoad, l)
	}
	for _, r := range results {
		st.Checksum += r
	}
	return st
}

func sequential(n int) int {
	sum := 0
	for i := range n {
		sum += work(i)
	}
	return sum
}

func main() {
	const n = 200
	want := sequential(n)
	fmt.Println("sequential checksum:", want)
	for _, w := range []int{1, 2, 3, 4, 8} {
		st := runCyclic(n, w)
		fmt.Println(st, "ok:", st.Checksum == want)
	}
}
