package main

import (
	"fmt"
	"strings"
)

// Fraction is the parallelizable fraction p of a program.
type Fraction float64

func (p Fraction) String() string { return fmt.Sprintf("p=%.2f", float64(p)) }

// Amdahl: fixed problem size. S(n) = 1 / ((1-p) + p/n).
func Amdahl(p Fraction, n int) float64 {
	f := float64(p)
	return 1 / ((1 - f) + f/float64(n))
}

// Gustafson: problem grows with n. S(n) = (1-p) + p*n.
func Gustafson(p Fraction, n int) float64 {
	f := float64(p)
	return (1 - f) + f*float64(n)
}

func table(title string, law func(Fraction, int) float64, ps []Fraction, ns []int) {
	fmt.Println("== " + title + " ==")
	var hdr strings.Builder
	fmt.Fprintf(&hdr, "%-8s", "")
	for _, n := range ns {
		fmt.Fprintf(&hdr, "%9s", fmt.Sprintf("n=%d", n))
	}
	fmt.Println(hdr.String())
	for _, p := range ps {
		fmt.Printf("%-8v", p)
		for _, n := range ns {
			fmt.Printf("%9.2f", law(p, n))
		}
		fmt.Println()
	}
	fmt.Println()
}

func main() {
	ps := []Fraction{0.50, 0.90, 0.95, 0.99}
	ns := []int{1, 2, 4, 8, 16, 64, 1024}

	table("Amdahl speedup (fixed size)", Amdahl, ps, ns)
	table("Gustafson speedup (scaled size)", Gustafson, ps, ns)

	fmt.Println("== Amdahl's limit as n -> infinity is 1/(1-p) ==")
	for _, p := range ps {
		fmt.Printf("%v: limit %.1f\n", p, 1/(1-float64(p)))
	}

	fmt.Println()
	fmt.Println("== Efficiency = speedup / n for p=0.95 ==")
	for _, n := range ns {
		s := Amdahl(0.95, n)
		fmt.Printf("n=%-5d speedup=%6.2f efficiency=%5.1f%%\n", n, s, 100*s/float64(n))
	}
}
