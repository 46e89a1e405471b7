package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Mat3 is a 3x3 matrix for 2D affine transforms (row-major).
type Mat3 [3][3]float64

var ErrSingular = errors.New("matrix is singular")

func Identity() Mat3 { return Mat3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}} }

func Translate(tx, ty float64) Mat3 { return Mat3{{1, 0, tx}, {0, 1, ty}, {0, 0, 1}} }

func Scale(sx, sy float64) Mat3 { return Mat3{{sx, 0, 0}, {0, sy, 0}, {0, 0, 1}} }

func Rotate(deg float64) Mat3 {
	s, c := math.Sincos(deg * math.Pi / 180)
	return Mat3{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}
}

func (m Mat3) Mul(n Mat3) Mat3 {
	var r Mat3
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				r[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return r
}

func (m Mat3) Apply(x, y float64) (float64, float64) {
	return m[0][0]*x + m[0][1]*y + m[0][2], m[1][0]*x + m[1][1]*y + m[1][2]
}

func (m Mat3) Det() float64 {
	return m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) -
		m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) +
		m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
}

func (m Mat3) Inverse() (Mat3, error) {
	d := m.Det()
	if math.Abs(d) < 1e-12 {
		return Mat3{}, fmt.Errorf("inverse (det=%g): %w", d, ErrSingular)
	}
	var inv Mat3
	for i := range 3 {
		for j := range 3 {
			a, b := (j+1)%3, (j+2)%3
			c, e := (i+1)%3, (i+2)%3
			inv[i][j] = (m[a][c]*m[b][e] - m[a][e]*m[b][c]) / d
		}
	}
	return inv, nil
}

func (m Mat3) String() string {
	var sb strings.Builder
	for _, row := range m {
		fmt.Fprintf(&sb, "  [%8.3f %8.3f %8.3f]\n", row[0], row[1], row[2])
	}
	return sb.String()
}

func Compose(ms ...Mat3) Mat3 {
	r := Identity()
	for _, m := range ms {
		r = r.Mul(m)
	}
	return r
}

func main() {
	t := Translate(5, 2)
	r := Rotate(90)
	s := Scale(2, 0.5)
	m := Compose(t, r, s)
	fmt.Print("M = T * R * S:\n", m)
	fmt.Printf("det(M) = %.3f\n", m.Det())

	square := [][2]float64{{0, 0}, {1, 0}, {1, 1}, {0, 1}}
	inv, err := m.Inverse()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Print("inverse(M):\n", inv)
	for _, p := range square {
		x, y := m.Apply(p[0], p[1])
		bx, by := inv.Apply(x, y)
		fmt.Printf("  (%g,%g) -> (%6.2f,%6.2f) -> back (%5.2f,%5.2f)\n", p[0], p[1], x, y, bx, by)
	}

	fmt.Println("order matters for the point (1,0):")
	x1, y1 := t.Mul(r).Apply(1, 0)
	x2, y2 := r.Mul(t).Apply(1, 0)
	fmt.Printf("  T*R: (%.2f, %.2f)\n  R*T: (%.2f, %.2f)\n", x1, y1, x2, y2)

	_, err = Scale(0, 3).Inverse()
	fmt.Println("flatten scale inverse error:", err)
	fmt.Println("errors.Is singular:", errors.Is(err, ErrSingular))
}
