package main

import (
	"fmt"
	"slices"
	"sort"
)

type Rect struct{ X1, Y1, X2, Y2 int }

func (r Rect) Area() int { return (r.X2 - r.X1) * (r.Y2 - r.Y1) }

type event struct {
	x      int
	y1, y2 int
	delta  int
}

// UnionArea sweeps a vertical line across x, keeping cover counts on
// compressed y intervals.
func UnionArea(rects []Rect) (area int, perimeter int) {
	var ys []int
	var evs []event
	for _, r := range rects {
		ys = append(ys, r.Y1, r.Y2)
		evs = append(evs, event{r.X1, r.Y1, r.Y2, +1}, event{r.X2, r.Y1, r.Y2, -1})
	}
	slices.Sort(ys)
	ys = slices.Compact(ys)
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].x < evs[j].x })
	cover := make([]int, len(ys)-1)
	covered := func() (length, segments int) {
		for i, c := range cover {
			if c > 0 {
				length += ys[i+1] - ys[i]
				if i == 0 || cover[i-1] == 0 {
					segments++
				}
			}
		}
		return
	}
	prevX := evs[0].x
	before := make([]bool, len(cover))
	for i := 0; i < len(evs); {
		x := evs[i].x
		l, segs := covered()
		area += l * (x - prevX)
		perimeter += 2 * segs * (x - prevX)
		for k, c := range cover {
			before[k] = c > 0
		}
		for ; i < len(evs) && evs[i].x == x; i++ {
			lo, _ := slices.BinarySearch(ys, evs[i].y1)
			hi, _ := slices.BinarySearch(ys, evs[i].y2)
			for k := lo; k < hi; k++ {
				cover[k] += evs[i].delta
			}
		}
		// vertical edges: intervals whose covered state flipped at x
		for k, c := range cover {
			if before[k] != (c > 0) {
				perimeter += ys[k+1] - ys[k]
			}
		}
		prevX = x
	}
	return area, perimeter
}

// Brute counts unit cells and exposed unit edges on a grid.
func Brute(rects []Rect) (area, perimeter int) {
	on := map[[2]int]bool{}
	for _, r := range rects {
		for x := r.X1; x < r.X2; x++ {
			for y := r.Y1; y < r.Y2; y++ {
				on[[2]int{x, y}] = true
			}
		}
	}
	for c := range on {
		for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			if !on[[2]int{c[0] + d[0], c[1] + d[1]}] {
				perimeter++
			}
		}
	}
	return len(on), perimeter
}

func main() {
	scenes := []struct {
		name  string
		rects []Rect
	}{
		{"single", []Rect{{0, 0, 4, 3}}},
		{"overlap", []Rect{{0, 0, 4, 4}, {2, 2, 6, 6}}},
		{"nested", []Rect{{0, 0, 10, 10}, {2, 2, 5, 5}, {6, 1, 9, 3}}},
		{"disjoint", []Rect{{0, 0, 2, 2}, {5, 5, 7, 8}, {10, 0, 11, 1}}},
		{"cross", []Rect{{0, 3, 9, 6}, {3, 0, 6, 9}}},
		{"ring", []Rect{{0, 0, 8, 2}, {0, 6, 8, 8}, {0, 2, 2, 6}, {6, 2, 8, 6}}},
		{"staircase", []Rect{{0, 0, 3, 1}, {1, 1, 4, 2}, {2, 2, 5, 3}, {3, 3, 6, 4}}},
		{"touching", []Rect{{0, 0, 3, 3}, {3, 0, 6, 3}, {0, 3, 6, 4}}},
	}
	for _, s := range scenes {
		sum := 0
		for _, r := range s.rects {
			sum += r.Area()
		}
		a, p := UnionArea(s.rects)
		ba, bp := Brute(s.rects)
		fmt.Printf("%-10s n=%d sumArea=%3d union=%3d perim=%3d | brute %3d %3d | ok=%t\n",
			s.name, len(s.rects), sum, a, p, ba, bp, a == ba && p == bp)
	}

	var many []Rect
	seed := uint32(2463534242)
	next := func(n int) int {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		return int(seed % uint32(n))
	}
	for range 25 {
		x, y := next(40), next(40)
		many = append(many, Rect{x, y, x + 1 + next(12), y + 1 + next(12)})
	}
	fmt.Printf("first random rects: %+v\n", many[:3])
	a, p := UnionArea(many)
	ba, bp := Brute(many)
	fmt.Printf("random 25: union=%d perim=%d brute=%d/%d ok=%t\n", a, p, ba, bp, a == ba && p == bp)
	for k := 5; k <= 25; k += 5 {
		a, p := UnionArea(many[:k])
		fmt.Printf("  first %2d rects: area %4d perimeter %4d\n", k, a, p)
	}
}
