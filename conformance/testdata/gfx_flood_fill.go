package main

import (
	"fmt"
	"sort"
	"strings"
)

type Grid [][]byte

func ParseGrid(lines []string) Grid {
	g := make(Grid, len(lines))
	for i, l := range lines {
		g[i] = []byte(l)
	}
	return g
}

func (g Grid) Clone() Grid {
	c := make(Grid, len(g))
	for i := range g {
		c[i] = append([]byte(nil), g[i]...)
	}
	return c
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

type pt struct{ x, y int }

// Fill replaces the 4-connected area of the seed's byte with ch (BFS).
func (g Grid) Fill(x, y int, ch byte) int {
	target := g[y][x]
	if target == ch {
		return 0
	}
	queue := []pt{{x, y}}
	g[y][x] = ch
	n := 0
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		n++
		for _, d := range [4]pt{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			q := pt{p.x + d.x, p.y + d.y}
			if q.y >= 0 && q.y < len(g) && q.x >= 0 && q.x < len(g[q.y]) && g[q.y][q.x] == target {
				g[q.y][q.x] = ch
				queue = append(queue, q)
			}
		}
	}
	return n
}

type Region struct {
	Label byte
	Size  int
	Seed  pt
}

func main() {
	g := ParseGrid([]string{
		"##########################",
		"#......#.........#.......#",
		"#......#...###...#.......#",
		"#......#...#.#...#########",
		"####.###...###...#.......#",
		"#................#..###..#",
		"#######..........#..#.#..#",
		"#.....#######.####..###..#",
		"#.....#..............#...#",
		"##########################",
	})
	fmt.Print("original:\n", g)

	labeled := g.Clone()
	var regions []Region
	label := byte('a')
	for y, row := range labeled {
		for x := range row {
			if labeled[y][x] == '.' {
				n := labeled.Fill(x, y, label)
				regions = append(regions, Region{label, n, pt{x, y}})
				label++
			}
		}
	}
	fmt.Print("labeled regions:\n", labeled)

	sort.Slice(regions, func(i, j int) bool {
		if regions[i].Size != regions[j].Size {
			return regions[i].Size > regions[j].Size
		}
		return regions[i].Label < regions[j].Label
	})
	for _, r := range regions {
		fmt.Printf("region %c: size %3d seed %+v\n", r.Label, r.Size, r.Seed)
	}

	bucket := g.Clone()
	n := bucket.Fill(10, 5, '~')
	m := bucket.Fill(0, 0, '_')
	fmt.Printf("bucket fill at (10,5): %d cells; walls erased: %d\n", n, m)
	fmt.Print(bucket)
	fmt.Println("refill same color:", bucket.Fill(10, 5, '~'))
}
