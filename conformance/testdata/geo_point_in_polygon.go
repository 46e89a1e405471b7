package main

import (
	"fmt"
	"math"
	"strings"
)

type P struct{ X, Y float64 }

type Poly []P

// EvenOdd uses ray casting: count crossings of a ray going to +X.
func (pg Poly) EvenOdd(q P) bool {
	inside := false
	for i, j := 0, len(pg)-1; i < len(pg); j, i = i, i+1 {
		a, b := pg[i], pg[j]
		if (a.Y > q.Y) != (b.Y > q.Y) {
			x := a.X + (q.Y-a.Y)*(b.X-a.X)/(b.Y-a.Y)
			if q.X < x {
				inside = !inside
			}
		}
	}
	return inside
}

func isLeft(a, b, q P) float64 { return (b.X-a.X)*(q.Y-a.Y) - (q.X-a.X)*(b.Y-a.Y) }

// Winding computes the winding number of the polygon around q.
func (pg Poly) Winding(q P) int {
	wn := 0
	for i := range pg {
		a, b := pg[i], pg[(i+1)%len(pg)]
		if a.Y <= q.Y {
			if b.Y > q.Y && isLeft(a, b, q) > 0 {
				wn++
			}
		} else if b.Y <= q.Y && isLeft(a, b, q) < 0 {
			wn--
		}
	}
	return wn
}

func star(n, step int, r float64, cx, cy float64) Poly {
	var pg Poly
	for i := range n {
		k := (i * step) % n
		t := math.Pi/2 + 2*math.Pi*float64(k)/float64(n)
		pg = append(pg, P{cx + r*math.Cos(t), cy + r*math.Sin(t)})
	}
	return pg
}

func render(name string, pg Poly, w, h int, sx, sy float64) {
	fmt.Printf("%s (%d vertices)\n", name, len(pg))
	counts := map[byte]int{}
	for row := range h {
		var sb strings.Builder
		for col := range w {
			q := P{(float64(col) + 0.5) * sx, float64(h-row) * sy}
			eo, wn := pg.EvenOdd(q), pg.Winding(q)
			ch := byte(' ')
			switch {
			case eo && wn != 0:
				ch = '#'
			case wn != 0:
				ch = '+'
			case eo:
				ch = '?'
			default:
				ch = '.'
			}
			counts[ch]++
			sb.WriteByte(ch)
		}
		fmt.Println(" ", sb.String())
	}
	fmt.Printf("  both=%d nonzero-only=%d evenodd-only=%d outside=%d\n",
		counts['#'], counts['+'], counts['?'], counts['.'])
}

func main() {
	pentagram := star(5, 2, 10, 10, 10)
	render("pentagram", pentagram, 40, 14, 0.5, 1.45)

	uShape := Poly{{0, 0}, {12, 0}, {12, 10}, {8, 10}, {8, 4}, {4, 4}, {4, 10}, {0, 10}}
	render("U shape", uShape, 24, 8, 0.5, 1.3)

	probes := []P{{10, 10}, {10, 17}, {2, 2}, {6, 2}, {6, 8}, {11.9, 9.9}, {13, 5}}
	for _, q := range probes {
		fmt.Printf("%+v  pentagram: eo=%-5t wn=%d   U: eo=%-5t wn=%d\n",
			q, pentagram.EvenOdd(q), pentagram.Winding(q), uShape.EvenOdd(q), uShape.Winding(q))
	}
	cw := make(Poly, len(uShape))
	for i, p := range uShape {
		cw[len(uShape)-1-i] = p
	}
	fmt.Printf("clockwise U winding at %v: %d\n", P{2, 2}, cw.Winding(P{2, 2}))
}
