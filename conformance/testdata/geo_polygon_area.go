package main

import (
	"fmt"
	"math"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) String() string { return fmt.Sprintf("(%.2f, %.2f)", p.X, p.Y) }

type Polygon []Point

func (pg Polygon) SignedArea() float64 {
	var s float64
	for i := range pg {
		j := (i + 1) % len(pg)
		s += pg[i].X*pg[j].Y - pg[j].X*pg[i].Y
	}
	return s / 2
}

func (pg Polygon) Area() float64 { return math.Abs(pg.SignedArea()) }

func (pg Polygon) Perimeter() float64 {
	var s float64
	for i := range pg {
		j := (i + 1) % len(pg)
		s += math.Hypot(pg[j].X-pg[i].X, pg[j].Y-pg[i].Y)
	}
	return s
}

func (pg Polygon) Centroid() Point {
	var cx, cy float64
	a := pg.SignedArea()
	for i := range pg {
		j := (i + 1) % len(pg)
		cr := pg[i].X*pg[j].Y - pg[j].X*pg[i].Y
		cx += (pg[i].X + pg[j].X) * cr
		cy += (pg[i].Y + pg[j].Y) * cr
	}
	return Point{cx / (6 * a), cy / (6 * a)}
}

func (pg Polygon) Orientation() string {
	switch a := pg.SignedArea(); {
	case a > 0:
		return "CCW"
	case a < 0:
		return "CW"
	}
	return "degenerate"
}

func (pg Polygon) IsConvex() bool {
	sign := 0
	n := len(pg)
	for i := range n {
		a, b, c := pg[i], pg[(i+1)%n], pg[(i+2)%n]
		cr := (b.X-a.X)*(c.Y-b.Y) - (b.Y-a.Y)*(c.X-b.X)
		if cr == 0 {
			continue
		}
		s := 1
		if cr < 0 {
			s = -1
		}
		if sign == 0 {
			sign = s
		} else if s != sign {
			return false
		}
	}
	return true
}

func (pg Polygon) Reversed() Polygon {
	out := make(Polygon, len(pg))
	for i, p := range pg {
		out[len(pg)-1-i] = p
	}
	return out
}

func regular(n int, r float64) Polygon {
	pg := make(Polygon, n)
	for i := range n {
		t := 2 * math.Pi * float64(i) / float64(n)
		pg[i] = Point{r * math.Cos(t), r * math.Sin(t)}
	}
	return pg
}

func main() {
	shapes := []struct {
		name string
		poly Polygon
	}{
		{"unit square", Polygon{{0, 0}, {1, 0}, {1, 1}, {0, 1}}},
		{"triangle", Polygon{{0, 0}, {4, 0}, {0, 3}}},
		{"cw rectangle", Polygon{{0, 0}, {0, 2}, {5, 2}, {5, 0}}},
		{"L-shape", Polygon{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 3}, {0, 3}}},
		{"arrow", Polygon{{0, 1}, {3, 1}, {3, 0}, {5, 2}, {3, 4}, {3, 3}, {0, 3}}},
		{"kite", Polygon{{0, 0}, {2, -1}, {6, 0}, {2, 1}}},
	}
	for _, s := range shapes {
		p := s.poly
		fmt.Printf("%-12s n=%d area=%6.2f perim=%6.2f centroid=%v %-3s convex=%t\n",
			s.name, len(p), p.Area(), p.Perimeter(), p.Centroid(), p.Orientation(), p.IsConvex())
	}
	fmt.Println(strings.Repeat("-", 50))
	l := shapes[3].poly
	r := l.Reversed()
	fmt.Printf("L signed=%+.2f reversed signed=%+.2f\n", l.SignedArea(), r.SignedArea())
	fmt.Printf("reversed vertices: %v\n", r)
	fmt.Println(strings.Repeat("-", 50))
	for _, n := range []int{3, 4, 5, 6, 8, 12, 24, 100, 1000} {
		p := regular(n, 1)
		fmt.Printf("regular n=%4d area=%.6f perim=%.6f area/pi=%.6f\n",
			n, p.Area(), p.Perimeter(), p.Area()/math.Pi)
	}
}
