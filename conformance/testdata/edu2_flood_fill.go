// Week 5 assignment: recursive flood fill and counting islands on a grid.
package main

import "fmt"

type grid [][]byte

func parse(rows []string) grid {
	g := make(grid, len(rows))
	for i, r := range rows {
		g[i] = []byte(r)
	}
	return g
}

func (g grid) print(title string) {
	fmt.Println(title)
	for _, row := range g {
		fmt.Printf("  %s\n", row)
	}
}

// fill replaces the connected region of 'from' starting at (r, c) with 'to'
// and returns how many cells were changed.
func (g grid) fill(r, c int, from, to byte) int {
	if r < 0 || r >= len(g) || c < 0 || c >= len(g[r]) {
		return 0
	}
	if g[r][c] != from || from == to {
		return 0
	}
	g[r][c] = to
	n := 1
	n += g.fill(r+1, c, from, to)
	n += g.fill(r-1, c, from, to)
	n += g.fill(r, c+1, from, to)
	n += g.fill(r, c-1, from, to)
	return n
}

// islands counts regions of '#' and reports their sizes in scan order.
func islands(g grid) (count int, sizes []int) {
	label := byte('a')
	for r := range g {
		for c := range g[r] {
			if g[r][c] == '#' {
				size := g.fill(r, c, '#', label)
				sizes = append(sizes, size)
				count++
				label++
			}
		}
	}
	return
}

func main() {
	picture := parse([]string{
		"..........",
		"..####....",
		"..#..#....",
		"..####..##",
		"........#.",
	})
	picture.print("before:")
	changed := picture.fill(0, 0, '.', '~')
	picture.print("after filling outside from (0,0):")
	fmt.Printf("cells changed: %d\n", changed)
	fmt.Printf("filling same color again changes %d cells\n", picture.fill(0, 0, '~', '~'))

	sea := parse([]string{
		"##..#",
		"#...#",
		"..#..",
		"....#",
		"##.##",
	})
	n, sizes := islands(sea)
	sea.print("labelled islands:")
	fmt.Printf("islands=%d sizes=%v\n", n, sizes)
}
