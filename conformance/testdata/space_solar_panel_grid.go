package main

import (
	"fmt"
	"strings"
)

const (
	rows = 4
	cols = 6
)

// Array is a grid of solar cells; true means the cell is producing power.
type Array [rows][cols]bool

func (a *Array) Fail(r, c int) { a[r][c] = false }

func (a Array) Output(wattsPerCell float64) float64 {
	n := 0
	for r := range rows {
		for c := range cols {
			if a[r][c] {
				n++
			}
		}
	}
	return float64(n) * wattsPerCell
}

func (a Array) String() string {
	var sb strings.Builder
	for r := range rows {
		for c := range cols {
			if a[r][c] {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		if r < rows-1 {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

func main() {
	var panel Array
	for r := range rows {
		for c := range cols {
			panel[r][c] = true
		}
	}
	fmt.Println("deployed panel:")
	fmt.Println(panel)
	fmt.Printf("output: %.1f W\n", panel.Output(12.5))

	// Micrometeoroid strikes.
	for _, hit := range [][2]int{{0, 0}, {1, 3}, {2, 3}, {3, 5}} {
		panel.Fail(hit[0], hit[1])
	}
	fmt.Println("after strikes:")
	fmt.Println(panel)
	fmt.Printf("output: %.1f W\n", panel.Output(12.5))

	// Arrays are values: a copy is independent.
	backup := panel
	backup.Fail(0, 1)
	fmt.Printf("panel %.1f W vs modified copy %.1f W\n", panel.Output(12.5), backup.Output(12.5))

	// Per-string currents, reset with clear between eclipses.
	current := make(map[string]float64)
	for orbit := range 2 {
		for s := range 3 {
			current[fmt.Sprintf("string-%d", s)] += float64(orbit+1) * 1.5
		}
		fmt.Printf("orbit %d: strings=%d string-0=%.1fA\n", orbit, len(current), current["string-0"])
	}
	clear(current)
	fmt.Println("after eclipse reset:", len(current), "entries")

	samples := []float64{3.1, 3.3, 2.9}
	clear(samples)
	fmt.Println("zeroed samples:", samples, "min/max of counts:", min(rows, cols), max(rows, cols))
}
