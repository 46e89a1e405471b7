// Lab 1: Amdahl's law. Print the theoretical speedup for several
// parallel fractions and processor counts.
package main

import (
	"fmt"
	"strings"
)

// Fraction is the parallelizable portion of a program.
type Fraction float64

func (f Fraction) String() string {
	return fmt.Sprintf("p=%.2f", float64(f))
}

// Speedup returns the Amdahl speedup on n processors.
func (f Fraction) Speedup(n int) float64 {
	p := float64(f)
	return 1.0 / ((1.0 - p) + p/float64(n))
}

// Limit is the speedup as n goes to infinity.
func (f Fraction) Limit() float64 {
	if f >= 1 {
		return 0 // unbounded; reported as 0 to mark it
	}
	return 1.0 / (1.0 - float64(f))
}

// Efficiency is speedup divided by processor count.
func (f Fraction) Efficiency(n int) float64 {
	return f.Speedup(n) / float64(n)
}

func main() {
	fractions := []Fraction{0.50, 0.75, 0.90, 0.95, 0.99}
	procs := []int{1, 2, 4, 8, 16, 64}

	fmt.Printf("%-8s", "")
	for _, n := range procs {
		fmt.Printf(" %6s", fmt.Sprintf("n=%d", n))
	}
	fmt.Printf(" %6s\n", "limit")
	fmt.Println(strings.Repeat("-", 8+7*(len(procs)+1)))

	for _, f := range fractions {
		fmt.Printf("%-8v", f)
		for _, n := range procs {
			fmt.Printf(" %6.2f", f.Speedup(n))
		}
		fmt.Printf(" %6.2f\n", f.Limit())
	}

	fmt.Println()
	fmt.Println("efficiency at n=16:")
	for _, f := range fractions {
		fmt.Printf("  %v -> %6.2f%%\n", f, 100*f.Efficiency(16))
	}

	// Smallest n for which p=0.95 reaches a speedup of at least 10.
	target := 10.0
	f := Fraction(0.95)
	n := 1
	for f.Speedup(n) < target {
		n++
	}
	fmt.Printf("%v needs n=%d to reach speedup %6.2f (got %6.2f)\n", f, n, target, f.Speedup(n))
}
