// Homework 1 solution: Amdahl's law.
//
// If a fraction f of a program's work can be parallelised perfectly and the
// remaining (1-f) is strictly serial, then on p processors the speedup is
//
//	S(p) = 1 / ((1 - f) + f/p)
//
// and no matter how many processors we add, S(p) < 1/(1-f).
package main

import (
	"fmt"
	"strings"
)

// amdahl returns the predicted speedup for parallel fraction f on p processors.
func amdahl(f float64, p int) float64 {
	return 1.0 / ((1.0 - f) + f/float64(p))
}

// limit is the asymptotic speedup as p goes to infinity.
func limit(f float64) float64 {
	return 1.0 / (1.0 - f)
}

// processorsFor finds the smallest p reaching the target fraction of the limit.
func processorsFor(f, fractionOfLimit float64) int {
	target := fractionOfLimit * limit(f)
	for p := 1; p <= 1<<20; p++ {
		if amdahl(f, p) >= target {
			return p
		}
	}
	return -1
}

func main() {
	fractions := []float64{0.50, 0.75, 0.90, 0.95, 0.99}
	procs := []int{1, 2, 4, 8, 16, 64, 1024}

	fmt.Println("Amdahl's law: speedup S(p) for parallel fraction f")
	header := fmt.Sprintf("%6s", "f \\ p")
	for _, p := range procs {
		header += fmt.Sprintf("%8d", p)
	}
	header += fmt.Sprintf("%9s", "limit")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))

	for _, f := range fractions {
		row := fmt.Sprintf("%6.2f", f)
		for _, p := range procs {
			row += fmt.Sprintf("%8.2f", amdahl(f, p))
		}
		row += fmt.Sprintf("%9.1f", limit(f))
		fmt.Println(row)
	}

	fmt.Println()
	fmt.Println("Efficiency E(p) = S(p)/p for f = 0.95")
	for _, p := range procs {
		s := amdahl(0.95, p)
		bar := strings.Repeat("*", int(s/float64(p)*40+0.5))
		fmt.Printf("p=%5d  S=%7.3f  E=%5.1f%%  %s\n", p, s, 100*s/float64(p), bar)
	}

	fmt.Println()
	fmt.Println("Processors needed to reach 90% of the theoretical limit")
	for _, f := range fractions {
		fmt.Printf("f=%.2f  limit=%6.1f  p=%d\n", f, limit(f), processorsFor(f, 0.9))
	}
}
