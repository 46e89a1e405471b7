package main

import (
	"fmt"
	"iter"
	"strings"
)

type Run[T comparable] struct {
	Value T
	Len   int
}

func (r Run[T]) String() string { return fmt.Sprintf("%vx%d", r.Value, r.Len) }

// Runs yields consecutive runs of equal values.
func Runs[T comparable](xs []T) iter.Seq[Run[T]] {
	return func(yield func(Run[T]) bool) {
		if len(xs) == 0 {
			return
		}
		cur := Run[T]{xs[0], 1}
		for _, x := range xs[1:] {
			if x == cur.Value {
				cur.Len++
				continue
			}
			if !yield(cur) {
				return
			}
			cur = Run[T]{x, 1}
		}
		yield(cur)
	}
}

type Summary struct {
	NumRuns    int
	Longest    map[string]int
	TotalCount map[string]int
}

func summarize(xs []string) Summary {
	s := Summary{Longest: map[string]int{}, TotalCount: map[string]int{}}
	for r := range Runs(xs) {
		s.NumRuns++
		s.Longest[r.Value] = max(s.Longest[r.Value], r.Len)
		s.TotalCount[r.Value] += r.Len
	}
	return s
}

func main() {
	weather := strings.Split("S S S R R S C C C C R R R R R S S C S S S S", " ")
	var parts []string
	for r := range Runs(weather) {
		parts = append(parts, r.String())
	}
	fmt.Println("weather runs:", strings.Join(parts, " "))
	sum := summarize(weather)
	fmt.Println("number of runs:", sum.NumRuns)
	for _, k := range []string{"C", "R", "S"} {
		fmt.Printf("  %s: total %2d, longest streak %d, avg run %.2f\n", k, sum.TotalCount[k], sum.Longest[k],
			float64(sum.TotalCount[k])/float64(countRuns(weather, k)))
	}

	flips := []bool{true, true, false, true, false, false, false, true, true, true, true, false}
	longest := Run[bool]{}
	for r := range Runs(flips) {
		fmt.Printf("%v ", r)
		if r.Len > longest.Len {
			longest = r
		}
	}
	fmt.Printf("\nlongest coin run: %+v\n", longest)

	readings := []int{0, 0, 0, 5, 5, 0, 7, 7, 7, 7, 0, 0}
	encoded := ""
	for r := range Runs(readings) {
		encoded += fmt.Sprintf("%d:%d;", r.Value, r.Len)
	}
	fmt.Println("encoded:", encoded)
	// decode it back
	var decoded []int
	for _, tok := range strings.Split(strings.TrimSuffix(encoded, ";"), ";") {
		var v, n int
		fmt.Sscanf(tok, "%d:%d", &v, &n)
		for range n {
			decoded = append(decoded, v)
		}
	}
	fmt.Println("decoded:", decoded, "roundtrip ok:", fmt.Sprint(decoded) == fmt.Sprint(readings))
	for r := range Runs([]int{}) {
		fmt.Println("unexpected", r)
	}
	fmt.Println("empty input produces no runs")
}

func countRuns(xs []string, v string) int {
	n := 0
	for r := range Runs(xs) {
		if r.Value == v {
			n++
		}
	}
	return n
}
