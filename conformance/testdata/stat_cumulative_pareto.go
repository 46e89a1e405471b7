package main

import (
	"fmt"
	"slices"
	"strings"
)

type Defect struct {
	Cause string
	Count int
}

type Pareto []Defect

func (p Pareto) Len() int { return len(p) }

func (p Pareto) Total() int {
	t := 0
	for _, d := range p {
		t += d.Count
	}
	return t
}

func (p *Pareto) Sort() {
	slices.SortStableFunc(*p, func(a, b Defect) int { return b.Count - a.Count })
}

func CumSum[T ~int | ~float64](xs []T) []T {
	out := make([]T, len(xs))
	var run T
	for i, x := range xs {
		run += x
		out[i] = run
	}
	return out
}

func main() {
	p := Pareto{
		{"scratches", 42}, {"dents", 17}, {"misaligned", 88}, {"paint", 9},
		{"loose screw", 55}, {"cracked", 12}, {"wrong label", 4}, {"other", 6},
	}
	p.Sort()
	counts := make([]int, 0, p.Len())
	for _, d := range p {
		counts = append(counts, d.Count)
	}
	cum := CumSum(counts)
	total := p.Total()
	fmt.Printf("%-12s %5s %6s %7s  %s\n", "cause", "count", "cum", "cum%", "chart")
	vital := 0
	for i, d := range p {
		pct := 100 * float64(cum[i]) / float64(total)
		bar := strings.Repeat("#", d.Count/4)
		mark := ""
		if pct <= 80 || i == 0 {
			vital = i + 1
			mark = " *"
		}
		fmt.Printf("%-12s %5d %6d %6.1f%%  %s%s\n", d.Cause, d.Count, cum[i], pct, bar, mark)
	}
	fmt.Printf("total defects: %d; %d of %d causes give <=80%%\n", total, vital, p.Len())

	monthly := []float64{1.5, 2.25, 0.75, 3.0, 2.5, 1.0}
	fmt.Println("monthly rainfall:   ", monthly)
	fmt.Println("cumulative rainfall:", CumSum(monthly))
	runningMax := slices.Clone(monthly)
	for i := 1; i < len(runningMax); i++ {
		runningMax[i] = max(runningMax[i], runningMax[i-1])
	}
	fmt.Println("running max:        ", runningMax)
	diffs := make([]float64, 0, len(monthly)-1)
	for i := range len(monthly) - 1 {
		diffs = append(diffs, monthly[i+1]-monthly[i])
	}
	fmt.Println("month-to-month diff:", diffs)
}
