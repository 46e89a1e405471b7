package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type FiveNum struct {
	Min, Q1, Median, Q3, Max float64
}

func (f FiveNum) IQR() float64 { return f.Q3 - f.Q1 }

func (f FiveNum) String() string {
	return fmt.Sprintf("min=%.1f q1=%.1f med=%.1f q3=%.1f max=%.1f", f.Min, f.Q1, f.Median, f.Q3, f.Max)
}

func medianOf(s []float64) float64 {
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// Tukey's hinges: median of lower and upper halves.
func Summary(xs []float64) FiveNum {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	half := n / 2
	lower, upper := s[:half], s[half:]
	if n%2 == 1 {
		upper = s[half+1:]
	}
	return FiveNum{s[0], medianOf(lower), medianOf(s), medianOf(upper), s[n-1]}
}

func boxplot(f FiveNum, lo, hi float64, width int) string {
	pos := func(v float64) int {
		return int(math.Round((v - lo) / (hi - lo) * float64(width-1)))
	}
	line := []rune(strings.Repeat(" ", width))
	for i := pos(f.Min); i <= pos(f.Max); i++ {
		line[i] = '-'
	}
	for i := pos(f.Q1); i <= pos(f.Q3); i++ {
		line[i] = '='
	}
	line[pos(f.Min)], line[pos(f.Max)] = '|', '|'
	line[pos(f.Q1)], line[pos(f.Q3)] = '[', ']'
	line[pos(f.Median)] = 'M'
	return string(line)
}

func main() {
	groups := []struct {
		Name string
		Data []float64
	}{
		{"class A", []float64{62, 71, 75, 68, 80, 85, 90, 77, 73, 66, 79}},
		{"class B", []float64{55, 60, 58, 95, 70, 72, 65, 61, 59, 64}},
		{"class C", []float64{82, 88, 91, 79, 85, 87, 93, 90, 84, 86, 89, 83}},
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	var sums []FiveNum
	for _, g := range groups {
		f := Summary(g.Data)
		sums = append(sums, f)
		lo, hi = min(lo, f.Min), max(hi, f.Max)
	}
	for i, g := range groups {
		f := sums[i]
		fmt.Printf("%-8s %v iqr=%.2f\n", g.Name, f, f.IQR())
		fenceLo, fenceHi := f.Q1-1.5*f.IQR(), f.Q3+1.5*f.IQR()
		var out []float64
		for _, v := range g.Data {
			if v < fenceLo || v > fenceHi {
				out = append(out, v)
			}
		}
		fmt.Printf("         fences [%.2f, %.2f] outliers %v\n", fenceLo, fenceHi, out)
	}
	fmt.Println()
	fmt.Printf("%-8s %s\n", "", fmt.Sprintf("%-30.0f%30.0f", lo, hi))
	for i, g := range groups {
		fmt.Printf("%-8s %s\n", g.Name, boxplot(sums[i], lo, hi, 60))
	}
}
