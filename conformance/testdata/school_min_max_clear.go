package main

import (
	"fmt"
	"slices"
)

type Range struct {
	Low, High int
}

func (r Range) Width() int { return r.High - r.Low }

func (r *Range) Include(v int) {
	r.Low = min(r.Low, v)
	r.High = max(r.High, v)
}

func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

func main() {
	marks := map[string][]int{
		"Geography": {55, 71, 64, 88, 49},
		"Music":     {90, 85, 97},
		"Physics":   {38, 102, 77, -5, 66},
	}
	subjects := []string{"Geography", "Music", "Physics"}

	for _, s := range subjects {
		r := Range{Low: marks[s][0], High: marks[s][0]}
		for _, m := range marks[s][1:] {
			r.Include(m)
		}
		fixed := make([]int, len(marks[s]))
		for i, m := range marks[s] {
			fixed[i] = clamp(m, 0, 100)
		}
		fmt.Printf("%-9s range=%+v width=%d clamped=%v\n", s, r, r.Width(), fixed)
	}

	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("maths", "art", "music"))

	for week := range 4 {
		fmt.Printf("week %d:", week+1)
		for day := range 5 {
			if (week+day)%3 == 0 {
				fmt.Print(" test")
			} else {
				fmt.Print(" -")
			}
		}
		fmt.Println()
	}

	register := map[string]bool{"Ola": true, "Pim": false, "Rue": true}
	fmt.Println("before clear:", len(register))
	clear(register)
	fmt.Println("after clear:", len(register), register)

	scores := []int{9, 8, 7, 6}
	clear(scores[1:3])
	fmt.Println("partially cleared:", scores, "len:", len(scores))

	grid := [3][4]int{}
	for i := range 3 {
		for j := range 4 {
			grid[i][j] = i*4 + j
		}
	}
	fmt.Println("grid:", grid)

	all := []int{}
	for _, s := range subjects {
		all = append(all, marks[s]...)
	}
	fmt.Println("overall min/max:", slices.Min(all), slices.Max(all))
	idx := slices.Index(all, 102)
	fmt.Println("index of 102:", idx, "contains 50:", slices.Contains(all, 50))
}
