package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/rand"
	"slices"
)

type Cell struct{ CX, CY int }

type Circle struct {
	ID      int
	X, Y, R float64
}

func (c Circle) Overlaps(o Circle) bool {
	return math.Hypot(c.X-o.X, c.Y-o.Y) < c.R+o.R
}

type SpatialHash struct {
	size  float64
	cells map[Cell][]int
}

func NewSpatialHash(size float64) *SpatialHash {
	return &SpatialHash{size: size, cells: make(map[Cell][]int)}
}

func (h *SpatialHash) cellOf(x, y float64) Cell {
	return Cell{int(math.Floor(x / h.size)), int(math.Floor(y / h.size))}
}

func (h *SpatialHash) Insert(c Circle) int {
	lo := h.cellOf(c.X-c.R, c.Y-c.R)
	hi := h.cellOf(c.X+c.R, c.Y+c.R)
	n := 0
	for cx := lo.CX; cx <= hi.CX; cx++ {
		for cy := lo.CY; cy <= hi.CY; cy++ {
			k := Cell{cx, cy}
			h.cells[k] = append(h.cells[k], c.ID)
			n++
		}
	}
	return n
}

func (h *SpatialHash) CandidatePairs() [][2]int {
	seen := map[[2]int]bool{}
	for _, ids := range h.cells {
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				a, b := min(ids[i], ids[j]), max(ids[i], ids[j])
				seen[[2]int{a, b}] = true
			}
		}
	}
	pairs := slices.Collect(maps.Keys(seen))
	slices.SortFunc(pairs, func(p, q [2]int) int {
		return cmp.Or(cmp.Compare(p[0], q[0]), cmp.Compare(p[1], q[1]))
	})
	return pairs
}

func main() {
	rng := rand.New(rand.NewSource(31337))
	var circles []Circle
	for i := range 30 {
		circles = append(circles, Circle{
			ID: i,
			X:  math.Round(rng.Float64()*1000) / 10,
			Y:  math.Round(rng.Float64()*600) / 10,
			R:  1 + float64(rng.Intn(60))/10,
		})
	}
	h := NewSpatialHash(10)
	totalSlots := 0
	for _, c := range circles {
		totalSlots += h.Insert(c)
	}
	fmt.Printf("circles=%d occupied cells=%d slots=%d\n", len(circles), len(h.cells), totalSlots)

	keys := slices.SortedFunc(maps.Keys(h.cells), func(a, b Cell) int {
		return cmp.Or(cmp.Compare(a.CY, b.CY), cmp.Compare(a.CX, b.CX))
	})
	busiest := 0
	for _, k := range keys {
		busiest = max(busiest, len(h.cells[k]))
	}
	fmt.Println("cells holding the most circles:")
	for _, k := range keys {
		if len(h.cells[k]) == busiest || len(h.cells[k]) >= 3 {
			fmt.Printf("  %+v -> %v\n", k, h.cells[k])
		}
	}

	cands := h.CandidatePairs()
	var hits [][2]int
	for _, p := range cands {
		if circles[p[0]].Overlaps(circles[p[1]]) {
			hits = append(hits, p)
		}
	}
	var brute [][2]int
	checks := 0
	for i := range circles {
		for j := i + 1; j < len(circles); j++ {
			checks++
			if circles[i].Overlaps(circles[j]) {
				brute = append(brute, [2]int{i, j})
			}
		}
	}
	fmt.Printf("candidate pairs=%d (brute force checks=%d)\n", len(cands), checks)
	fmt.Printf("overlapping pairs=%d, agrees with brute force: %t\n", len(hits), slices.Equal(hits, brute))
	for _, p := range hits {
		a, b := circles[p[0]], circles[p[1]]
		d := math.Hypot(a.X-b.X, a.Y-b.Y)
		fmt.Printf("  %2d-%-2d dist=%6.2f radii=%4.1f+%4.1f depth=%5.2f\n", a.ID, b.ID, d, a.R, b.R, a.R+b.R-d)
	}
	degree := map[int]int{}
	for _, p := range hits {
		degree[p[0]]++
		degree[p[1]]++
	}
	for _, id := range slices.Sorted(maps.Keys(degree)) {
		if degree[id] > 2 {
			fmt.Printf("circle %d touches %d others: %+v\n", id, degree[id], circles[id])
		}
	}
}
