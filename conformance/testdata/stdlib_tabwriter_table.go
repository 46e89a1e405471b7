package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type planet struct {
	name   string
	moons  int
	radius float64
	rings  bool
}

func main() {
	planets := []planet{
		{"Mercury", 0, 2439.7, false},
		{"Earth", 1, 6371.0, false},
		{"Jupiter", 95, 69911, true},
		{"Saturn", 146, 58232, true},
		{"Neptune", 16, 24622, true},
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tMOONS\tRADIUS(km)\tRINGS")
	fmt.Fprintln(w, "----\t-----\t----------\t-----")
	for _, p := range planets {
		fmt.Fprintf(w, "%s\t%d\t%.1f\t%v\n", p.name, p.moons, p.radius, p.rings)
	}
	w.Flush()

	fmt.Println()
	right := tabwriter.NewWriter(os.Stdout, 6, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(right, "a\tbb\tccc\t")
	fmt.Fprintln(right, "1234567\t1\t12\t")
	fmt.Fprintln(right, "x\tyyyy\tz\t")
	right.Flush()

	fmt.Println()
	dots := tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', 0)
	fmt.Fprintln(dots, "Chapter 1\t3")
	fmt.Fprintln(dots, "A Longer Chapter Title\t17")
	fmt.Fprintln(dots, "End\t42")
	dots.Flush()
}
