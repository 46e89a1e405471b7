package main

import (
	"fmt"
	"slices"
)

type Cell struct{ R, C int }

type Region struct {
	Label    byte
	Size     int
	Min, Max Cell
}

func (r Region) String() string {
	return fmt.Sprintf("%c size=%2d bbox=%v..%v", r.Label, r.Size, r.Min, r.Max)
}

var four = []Cell{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
var eight = append(slices.Clone(four), Cell{-1, -1}, Cell{-1, 1}, Cell{1, -1}, Cell{1, 1})

// Label finds connected components of cells equal to want, using an explicit stack.
func Label(grid []string, want byte, nbrs []Cell) ([][]byte, []Region) {
	h, w := len(grid), len(grid[0])
	out := make([][]byte, h)
	for r := range out {
		out[r] = []byte(grid[r])
	}
	seen := make([][]bool, h)
	for r := range seen {
		seen[r] = make([]bool, w)
	}
	var regions []Region
	for r := range h {
		for c := range w {
			if grid[r][c] != want || seen[r][c] {
				continue
			}
			label := byte('A' + len(regions)%26)
			reg := Region{Label: label, Min: Cell{r, c}, Max: Cell{r, c}}
			stack := []Cell{{r, c}}
			seen[r][c] = true
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				out[p.R][p.C] = label
				reg.Size++
				reg.Min = Cell{min(reg.Min.R, p.R), min(reg.Min.C, p.C)}
				reg.Max = Cell{max(reg.Max.R, p.R), max(reg.Max.C, p.C)}
				for _, d := range nbrs {
					n := Cell{p.R + d.R, p.C + d.C}
					if n.R < 0 || n.R >= h || n.C < 0 || n.C >= w || seen[n.R][n.C] || grid[n.R][n.C] != want {
						continue
					}
					seen[n.R][n.C] = true
					stack = append(stack, n)
				}
			}
			regions = append(regions, reg)
		}
	}
	return out, regions
}

func main() {
	world := []string{
		"~~~~~~~~~~~~~~~~~~~~~~~~",
		"~##~~~~~~####~~~~~~~#~~~",
		"~###~~~~##~~##~~~~~#~#~~",
		"~~#~~~~~#~~~~#~~~~~~#~~~",
		"~~~#~~~~##~~##~~##~~~~~~",
		"~~~~~~~~~####~~~###~~~~~",
		"~~~~##~~~~~~~~~~~#~~~#~~",
		"~~~##~#~~~~~~~~~~~~~~~#~",
		"~~~~~~~~~#######~~~~~~~~",
		"~~~~~~~~~#~~~~~#~~~#~#~~",
		"~~~~~~~~~#######~~~~#~~~",
		"~~~~~~~~~~~~~~~~~~~~~~~~",
	}
	for _, mode := range []struct {
		name string
		nb   []Cell
	}{{"4-connected", four}, {"8-connected", eight}} {
		out, regions := Label(world, '#', mode.nb)
		fmt.Printf("%s islands: %d\n", mode.name, len(regions))
		if mode.name == "8-connected" {
			for _, row := range out {
				fmt.Println("  " + string(row))
			}
		}
		slices.SortStableFunc(regions, func(a, b Region) int { return b.Size - a.Size })
		for _, r := range regions[:min(4, len(regions))] {
			fmt.Println("   ", r)
		}
	}

	_, water := Label(world, '~', four)
	lakes := 0
	for _, r := range water {
		touches := r.Min.R == 0 || r.Min.C == 0 || r.Max.R == len(world)-1 || r.Max.C == len(world[0])-1
		if !touches {
			lakes++
			fmt.Printf("lake %v\n", r)
		}
	}
	fmt.Printf("water bodies=%d lakes=%d\n", len(water), lakes)

	total := 0
	for _, row := range world {
		for i := range len(row) {
			if row[i] == '#' {
				total++
			}
		}
	}
	fmt.Printf("land cells=%d of %d (%.1f%%)\n", total, len(world)*len(world[0]), 100*float64(total)/float64(len(world)*len(world[0])))
}
