package main

import (
	"fmt"
	"iter"
	"math"
)

type Pt struct{ X, Y int }

// Disc yields lattice points with x²+y² <= r², row by row.
func Disc(r int) iter.Seq[Pt] {
	return func(yield func(Pt) bool) {
		for y := -r; y <= r; y++ {
			for x := -r; x <= r; x++ {
				if x*x+y*y <= r*r && !yield(Pt{x, y}) {
					return
				}
			}
		}
	}
}

// Edges yields consecutive vertex pairs of a closed polygon.
func Edges(poly []Pt) iter.Seq2[Pt, Pt] {
	return func(yield func(Pt, Pt) bool) {
		for i := range poly {
			if !yield(poly[i], poly[(i+1)%len(poly)]) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Count[T any](seq iter.Seq[T]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

func gcd(a, b int) int {
	a, b = max(a, -a), max(b, -b)
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func BBoxPoints(poly []Pt) iter.Seq[Pt] {
	lo, hi := poly[0], poly[0]
	for _, p := range poly {
		lo = Pt{min(lo.X, p.X), min(lo.Y, p.Y)}
		hi = Pt{max(hi.X, p.X), max(hi.Y, p.Y)}
	}
	return func(yield func(Pt) bool) {
		for y := lo.Y; y <= hi.Y; y++ {
			for x := lo.X; x <= hi.X; x++ {
				if !yield(Pt{x, y}) {
					return
				}
			}
		}
	}
}

// classify returns 1 inside, 0 on boundary, -1 outside.
func classify(poly []Pt, q Pt) int {
	wn := 0
	for a, b := range Edges(poly) {
		cr := (b.X-a.X)*(q.Y-a.Y) - (q.X-a.X)*(b.Y-a.Y)
		if cr == 0 && min(a.X, b.X) <= q.X && q.X <= max(a.X, b.X) && min(a.Y, b.Y) <= q.Y && q.Y <= max(a.Y, b.Y) {
			return 0
		}
		if a.Y <= q.Y && b.Y > q.Y && cr > 0 {
			wn++
		} else if a.Y > q.Y && b.Y <= q.Y && cr < 0 {
			wn--
		}
	}
	if wn != 0 {
		return 1
	}
	return -1
}

func main() {
	fmt.Println("Gauss circle problem N(r) vs pi*r^2:")
	for r := range 11 {
		n := Count(Disc(r))
		fmt.Printf("  r=%2d N=%4d pi r^2=%8.2f err=%+7.2f\n", r, n, math.Pi*float64(r*r), float64(n)-math.Pi*float64(r*r))
	}
	next, stop := iter.Pull(Disc(3))
	var first []Pt
	for range 5 {
		p, ok := next()
		if !ok {
			break
		}
		first = append(first, p)
	}
	stop()
	fmt.Println("first disc(3) points:", first)
	onCircle := Filter(Disc(5), func(p Pt) bool { return p.X*p.X+p.Y*p.Y == 25 })
	fmt.Print("points on circle r=5:")
	for p := range onCircle {
		fmt.Printf(" %v", p)
	}
	fmt.Println()

	polys := map[string][]Pt{}
	order := []string{"triangle", "square", "L", "arrow"}
	polys["triangle"] = []Pt{{0, 0}, {6, 0}, {2, 4}}
	polys["square"] = []Pt{{0, 0}, {5, 0}, {5, 5}, {0, 5}}
	polys["L"] = []Pt{{0, 0}, {6, 0}, {6, 2}, {2, 2}, {2, 7}, {0, 7}}
	polys["arrow"] = []Pt{{0, 2}, {5, 2}, {5, 0}, {9, 4}, {5, 8}, {5, 6}, {0, 6}}
	for _, name := range order {
		poly := polys[name]
		twoA, b := 0, 0
		for p, q := range Edges(poly) {
			twoA += p.X*q.Y - q.X*p.Y
			b += gcd(q.X-p.X, q.Y-p.Y)
		}
		interior := Count(Filter(BBoxPoints(poly), func(p Pt) bool { return classify(poly, p) == 1 }))
		boundary := Count(Filter(BBoxPoints(poly), func(p Pt) bool { return classify(poly, p) == 0 }))
		pick := float64(interior) + float64(b)/2 - 1
		fmt.Printf("%-8s area=%5.1f I=%3d B=%2d (counted %2d) Pick=%5.1f ok=%t\n",
			name, float64(twoA)/2, interior, b, boundary, pick, pick == float64(twoA)/2)
	}
}
