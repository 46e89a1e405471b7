package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Point struct{ X, Y float64 }

func clean(v float64) float64 {
	if math.Abs(v) < 1e-9 {
		return 0
	}
	return v
}

func (p Point) String() string { return fmt.Sprintf("(%.3f, %.3f)", clean(p.X), clean(p.Y)) }

type Mat3 [3][3]float64

func Identity() Mat3 { return Mat3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}} }

func Translate(tx, ty float64) Mat3 { return Mat3{{1, 0, tx}, {0, 1, ty}, {0, 0, 1}} }
func Scale(sx, sy float64) Mat3     { return Mat3{{sx, 0, 0}, {0, sy, 0}, {0, 0, 1}} }
func Shear(kx, ky float64) Mat3     { return Mat3{{1, kx, 0}, {ky, 1, 0}, {0, 0, 1}} }
func Rotate(deg float64) Mat3 {
	s, c := math.Sincos(deg * math.Pi / 180)
	return Mat3{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}
}

func (a Mat3) Mul(b Mat3) Mat3 {
	var m Mat3
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				m[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return m
}

// Then returns the transform that applies a first, then b.
func (a Mat3) Then(b Mat3) Mat3 { return b.Mul(a) }

func (a Mat3) Apply(p Point) Point {
	return Point{a[0][0]*p.X + a[0][1]*p.Y + a[0][2], a[1][0]*p.X + a[1][1]*p.Y + a[1][2]}
}

func (a Mat3) Det() float64 {
	return a[0][0]*(a[1][1]*a[2][2]-a[1][2]*a[2][1]) -
		a[0][1]*(a[1][0]*a[2][2]-a[1][2]*a[2][0]) +
		a[0][2]*(a[1][0]*a[2][1]-a[1][1]*a[2][0])
}

var ErrSingular = errors.New("matrix is singular")

func (a Mat3) Inverse() (Mat3, error) {
	d := a.Det()
	if math.Abs(d) < 1e-12 {
		return Mat3{}, fmt.Errorf("inverse (det=%g): %w", d, ErrSingular)
	}
	var inv Mat3
	for i := range 3 {
		for j := range 3 {
			r1, r2 := (j+1)%3, (j+2)%3
			c1, c2 := (i+1)%3, (i+2)%3
			inv[i][j] = (a[r1][c1]*a[r2][c2] - a[r1][c2]*a[r2][c1]) / d
		}
	}
	return inv, nil
}

func (a Mat3) String() string {
	var sb strings.Builder
	for i, row := range a {
		if i > 0 {
			sb.WriteString("\n")
		}
		fmt.Fprintf(&sb, "  [%7.3f %7.3f %7.3f]", clean(row[0]), clean(row[1]), clean(row[2]))
	}
	return sb.String()
}

func main() {
	square := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 1}}
	steps := []struct {
		name string
		m    Mat3
	}{
		{"translate(2,3)", Translate(2, 3)},
		{"rotate(90)", Rotate(90)},
		{"scale(2,0.5)", Scale(2, 0.5)},
		{"shear(1,0)", Shear(1, 0)},
		{"rotate(45)", Rotate(45)},
	}
	for _, s := range steps {
		out := make([]Point, len(square))
		for i, p := range square {
			out[i] = s.m.Apply(p)
		}
		fmt.Printf("%-15s det=%6.3f -> %v\n", s.name, s.m.Det(), out)
	}

	// rotate about (1,1): translate to origin, rotate, translate back
	pivot := Translate(-1, -1).Then(Rotate(90)).Then(Translate(1, 1))
	fmt.Println("rotate 90 about (1,1):")
	fmt.Println(pivot)
	for _, p := range square {
		fmt.Printf("  %v -> %v\n", p, pivot.Apply(p))
	}

	combo := Scale(3, 2).Then(Rotate(30)).Then(Translate(-4, 5))
	inv, err := combo.Inverse()
	fmt.Println("combo:")
	fmt.Println(combo)
	fmt.Println("inverse, err =", err)
	fmt.Println(inv)
	fmt.Println("combo * inverse:")
	fmt.Println(combo.Mul(inv))
	p := Point{2.5, -1}
	q := combo.Apply(p)
	fmt.Printf("round trip %v -> %v -> %v\n", p, q, inv.Apply(q))

	flat := Scale(1, 0)
	if _, err := flat.Inverse(); err != nil {
		fmt.Printf("flat: %v (singular=%t)\n", err, errors.Is(err, ErrSingular))
	}
	r := Identity()
	for range 12 {
		r = r.Then(Rotate(30))
	}
	fmt.Printf("12 x rotate(30) is identity-ish: %v\n", r.Apply(Point{1, 0}))
}
