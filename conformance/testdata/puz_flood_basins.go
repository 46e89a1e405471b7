package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

const input = `2199943210
3987894921
9856789892
8767896789
9899965678`

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

var dirs = [...]Point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

type HeightMap [][]byte

func (h HeightMap) Get(p Point) (byte, bool) {
	if p.Y < 0 || p.Y >= len(h) || p.X < 0 || p.X >= len(h[p.Y]) {
		return 0, false
	}
	return h[p.Y][p.X] - '0', true
}

func (h HeightMap) LowPoints() []Point {
	var lows []Point
	for y := range h {
		for x := range h[y] {
			p := Point{x, y}
			v, _ := h.Get(p)
			low := true
			for _, d := range dirs {
				if n, ok := h.Get(Point{p.X + d.X, p.Y + d.Y}); ok && n <= v {
					low = false
					break
				}
			}
			if low {
				lows = append(lows, p)
			}
		}
	}
	return lows
}

func (h HeightMap) Basin(start Point) int {
	seen := map[Point]struct{}{}
	var fill func(p Point)
	fill = func(p Point) {
		if _, ok := seen[p]; ok {
			return
		}
		v, ok := h.Get(p)
		if !ok || v == 9 {
			return
		}
		seen[p] = struct{}{}
		for _, d := range dirs {
			fill(Point{p.X + d.X, p.Y + d.Y})
		}
	}
	fill(start)
	return len(seen)
}

func main() {
	var hm HeightMap
	for _, line := range strings.Fields(input) {
		hm = append(hm, []byte(line))
	}
	lows := hm.LowPoints()
	risk := 0
	for _, p := range lows {
		v, _ := hm.Get(p)
		risk += int(v) + 1
	}
	fmt.Println("low points:", lows)
	fmt.Println("part 1:", risk)
	sizes := make([]int, 0, len(lows))
	for _, p := range lows {
		sizes = append(sizes, hm.Basin(p))
	}
	slices.SortFunc(sizes, func(a, b int) int { return cmp.Compare(b, a) })
	fmt.Println("sizes:", sizes)
	fmt.Println("part 2:", sizes[0]*sizes[1]*sizes[2])
}
