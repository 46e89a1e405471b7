package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type P struct{ X, Y float64 }

type Polygon struct {
	Name string
	Pts  []P
	Ch   byte
}

// ShoelaceArea returns the signed area of the polygon.
func (pg Polygon) ShoelaceArea() float64 {
	a := 0.0
	for i, p := range pg.Pts {
		q := pg.Pts[(i+1)%len(pg.Pts)]
		a += p.X*q.Y - q.X*p.Y
	}
	return a / 2
}

// Crossings returns the sorted x positions where the horizontal line y crosses edges.
func (pg Polygon) Crossings(y float64) []float64 {
	var xs []float64
	for i, p := range pg.Pts {
		q := pg.Pts[(i+1)%len(pg.Pts)]
		if (p.Y <= y) != (q.Y <= y) {
			xs = append(xs, p.X+(y-p.Y)*(q.X-p.X)/(q.Y-p.Y))
		}
	}
	slices.Sort(xs)
	return xs
}

// Fill rasterizes with the even-odd rule, sampling pixel centers.
func (pg Polygon) Fill(grid [][]byte) int {
	n := 0
	for row := range grid {
		xs := pg.Crossings(float64(row) + 0.5)
		for i := 0; i+1 < len(xs); i += 2 {
			start := int(math.Ceil(xs[i] - 0.5))
			end := int(math.Ceil(xs[i+1] - 0.5))
			for x := max(start, 0); x < min(end, len(grid[row])); x++ {
				grid[row][x] = pg.Ch
				n++
			}
		}
	}
	return n
}

func star(cx, cy, r1, r2 float64, points int) []P {
	var pts []P
	for i := range 2 * points {
		r := r1
		if i%2 == 1 {
			r = r2
		}
		a := float64(i)*math.Pi/float64(points) - math.Pi/2
		pts = append(pts, P{cx + r*math.Cos(a)*2, cy + r*math.Sin(a)})
	}
	return pts
}

func main() {
	grid := make([][]byte, 20)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(".", 64))
	}
	polys := []Polygon{
		{"star", star(16, 10, 8, 3.5, 5), '*'},
		{"L-shape", []P{{32, 2}, {38, 2}, {38, 12}, {48, 12}, {48, 17}, {32, 17}}, 'L'},
		{"arrow", []P{{50, 8}, {56, 2}, {62, 8}, {58, 8}, {58, 16}, {54, 16}, {54, 8}}, 'A'},
	}
	for _, pg := range polys {
		n := pg.Fill(grid)
		fmt.Printf("%-8s vertices=%2d shoelace=%8.3f filled pixels=%3d\n",
			pg.Name, len(pg.Pts), math.Abs(pg.ShoelaceArea()), n)
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Printf("star crossings at y=6.5: %.2f\n", polys[0].Crossings(6.5))
}
