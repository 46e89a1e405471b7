// Label the separate cave regions of a map with a flood fill and rank them by size.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type cell struct{ r, c int }

type Region struct {
	Label rune
	Size  int
	Top   cell // first cell found, in reading order
	Loot  int  // number of '$' inside
}

func floodFill(grid [][]rune, start cell, label rune) Region {
	reg := Region{Label: label, Top: start}
	stack := []cell{start}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		ch := grid[cur.r][cur.c]
		if ch != '.' && ch != '$' {
			continue
		}
		if ch == '$' {
			reg.Loot++
		}
		grid[cur.r][cur.c] = label
		reg.Size++
		for _, d := range [4]cell{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			n := cell{cur.r + d.r, cur.c + d.c}
			if n.r >= 0 && n.r < len(grid) && n.c >= 0 && n.c < len(grid[n.r]) {
				stack = append(stack, n)
			}
		}
	}
	return reg
}

const caveMap = `
#####################
#...##....#####..$..#
#.$.##.##.#####.....#
#...#..##...###..####
#####.#######.#..#$.#
##....#..$..#.####..#
##.####.....#....#..#
##..$##..####.##.####
#####################`

func main() {
	var grid [][]rune
	for _, line := range strings.Split(strings.TrimSpace(caveMap), "\n") {
		grid = append(grid, []rune(line))
	}
	var regions []Region
	label := 'A'
	for r := range grid {
		for c := range grid[r] {
			if ch := grid[r][c]; ch == '.' || ch == '$' {
				regions = append(regions, floodFill(grid, cell{r, c}, label))
				label++
			}
		}
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Printf("found %d regions\n", len(regions))
	slices.SortFunc(regions, func(a, b Region) int {
		return cmp.Or(cmp.Compare(b.Size, a.Size), cmp.Compare(a.Label, b.Label))
	})
	for i, reg := range regions {
		fmt.Printf("%d. region %c size %2d loot %d starts at %+v\n", i+1, reg.Label, reg.Size, reg.Loot, reg.Top)
	}
	total := 0
	for _, reg := range regions {
		total += reg.Size
	}
	fmt.Printf("open floor %d cells; largest region holds %.0f%%\n", total, 100*float64(regions[0].Size)/float64(total))
	fmt.Printf("%q\n", []rune{regions[0].Label, regions[len(regions)-1].Label})
}
