// Lab 9: speedup tables from operation counts.
// Instead of timing (which is noisy on a shared machine) every worker counts
// the basic operations it performs. The parallel "time" is the largest count
// of any worker in each phase plus the serial combine phase.
package main

import (
	"fmt"
	"math"
	"sync"
)

type Cost struct {
	Serial   int // operations before/after the parallel part
	Parallel int // max operations over workers in the parallel part
}

func (c Cost) Time() int { return c.Serial + c.Parallel }

// sumCost runs a parallel sum of n values on p workers and reports its cost.
// The combine step is a binary tree: ceil(log2 p) rounds of one addition.
func sumCost(data []int, p int) (int, Cost) {
	ops := make([]int, p)
	part := make([]int, p)
	var wg sync.WaitGroup
	for w := 0; w < p; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(data); i += p {
				part[w] += data[i]
				ops[w]++
			}
		}()
	}
	wg.Wait()

	maxOps := 0
	for _, o := range ops {
		maxOps = max(maxOps, o)
	}
	rounds := 0
	for stride := 1; stride < p; stride *= 2 {
		for i := 0; i+stride < p; i += 2 * stride {
			part[i] += part[i+stride]
		}
		rounds++
	}
	return part[0], Cost{Serial: rounds, Parallel: maxOps}
}

func amdahl(serialFraction float64, p int) float64 {
	return 1 / (serialFraction + (1-serialFraction)/float64(p))
}

func main() {
	const n = 100000
	data := make([]int, n)
	for i := range data {
		data[i] = i % 97
	}

	_, base := sumCost(data, 1)
	fmt.Printf("parallel sum of n=%d, T1=%d operations\n", n, base.Time())
	fmt.Printf("%4s %8s %8s %8s %10s\n", "p", "Tp", "speedup", "effic.", "result")
	for _, p := range []int{1, 2, 3, 4, 8, 16, 32, 64} {
		res, c := sumCost(data, p)
		s := float64(base.Time()) / float64(c.Time())
		fmt.Printf("%4d %8d %8.3f %8.3f %10d\n", p, c.Time(), s, s/float64(p), res)
	}

	fmt.Println()
	fmt.Println("Amdahl's law, speedup for serial fraction f:")
	fractions := []float64{0.01, 0.05, 0.10, 0.25}
	fmt.Printf("%4s", "p")
	for _, f := range fractions {
		fmt.Printf(" %8s", fmt.Sprintf("f=%.2f", f))
	}
	fmt.Println()
	for _, p := range []int{1, 2, 4, 8, 16, 64, 1024} {
		fmt.Printf("%4d", p)
		for _, f := range fractions {
			fmt.Printf(" %8.2f", amdahl(f, p))
		}
		fmt.Println()
	}
	fmt.Printf("%4s", "lim")
	for _, f := range fractions {
		fmt.Printf(" %8.2f", 1/f)
	}
	fmt.Println()

	// Karp-Flatt metric: experimentally determined serial fraction.
	fmt.Println()
	fmt.Println("Karp-Flatt serial fraction from the measured counts:")
	for _, p := range []int{2, 8, 64} {
		_, c := sumCost(data, p)
		s := float64(base.Time()) / float64(c.Time())
		e := (1/s - 1/float64(p)) / (1 - 1/float64(p))
		fmt.Printf("  p=%2d e=%.6f (log2 p = %.0f combine rounds)\n", p, e, math.Ceil(math.Log2(float64(p))))
	}
}
