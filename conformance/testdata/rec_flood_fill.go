package main

import (
	"fmt"
	"slices"
)

type point struct{ r, c int }

// fill recursively repaints the 4-connected region of `from` starting
// at (r, c) and returns the number of cells changed.
func fill(g [][]byte, r, c int, from, to byte) int {
	if r < 0 || r >= len(g) || c < 0 || c >= len(g[r]) || g[r][c] != from {
		return 0
	}
	g[r][c] = to
	return 1 + fill(g, r+1, c, from, to) + fill(g, r-1, c, from, to) +
		fill(g, r, c+1, from, to) + fill(g, r, c-1, from, to)
}

func grid(rows ...string) [][]byte {
	g := make([][]byte, len(rows))
	for i, r := range rows {
		g[i] = []byte(r)
	}
	return g
}

func show(title string, g [][]byte) {
	fmt.Println(title)
	for _, row := range g {
		fmt.Println("  " + string(row))
	}
}

func main() {
	land := grid(
		"##..#....#",
		"#...##..##",
		"....#.....",
		".##......#",
		".##..###.#",
		".....#.#..",
	)
	show("map:", land)

	// Label each island with its own letter and collect sizes.
	sizes := map[byte]int{}
	label := byte('a')
	for r := range land {
		for c := range land[r] {
			if land[r][c] == '#' {
				sizes[label] = fill(land, r, c, '#', label)
				label++
			}
		}
	}
	show("labelled islands:", land)

	keys := make([]byte, 0, len(sizes))
	for k := range sizes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("island %c: %d cells\n", k, sizes[k])
	}

	// Paint bucket on the water starting from the top-right corner region.
	n := fill(land, 0, 5, '.', '~')
	fmt.Println("water cells reached from (0,5):", n)
	show("after bucket fill:", land)

	// Cells of water that were enclosed and not reached.
	var lakes []point
	for r := range land {
		for c := range land[r] {
			if land[r][c] == '.' {
				lakes = append(lakes, point{r, c})
			}
		}
	}
	fmt.Printf("unreached water: %+v\n", lakes)
}
