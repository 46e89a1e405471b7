package main

import (
	"errors"
	"fmt"
	"math"
)

type Node struct{ X, Y float64 }

var ErrDuplicateX = errors.New("duplicate x node")

func Lagrange(nodes []Node, x float64) (float64, error) {
	total := 0.0
	for i, ni := range nodes {
		term := ni.Y
		for j, nj := range nodes {
			if i == j {
				continue
			}
			if ni.X == nj.X {
				return math.NaN(), fmt.Errorf("x=%g: %w", ni.X, ErrDuplicateX)
			}
			term *= (x - nj.X) / (ni.X - nj.X)
		}
		total += term
	}
	return total, nil
}

// NewtonDividedDiff returns the coefficients of the Newton form.
func NewtonDividedDiff(nodes []Node) []float64 {
	n := len(nodes)
	coef := make([]float64, n)
	for i, nd := range nodes {
		coef[i] = nd.Y
	}
	for j := 1; j < n; j++ {
		for i := n - 1; i >= j; i-- {
			coef[i] = (coef[i] - coef[i-1]) / (nodes[i].X - nodes[i-j].X)
		}
	}
	return coef
}

func NewtonEval(nodes []Node, coef []float64, x float64) float64 {
	r := coef[len(coef)-1]
	for i := len(coef) - 2; i >= 0; i-- {
		r = r*(x-nodes[i].X) + coef[i]
	}
	return r
}

func sample(f func(float64) float64, xs []float64) []Node {
	nodes := make([]Node, len(xs))
	for i, x := range xs {
		nodes[i] = Node{x, f(x)}
	}
	return nodes
}

func main() {
	nodes := sample(math.Sin, []float64{0, 0.5, 1.0, 1.5, 2.0})
	coef := NewtonDividedDiff(nodes)
	fmt.Print("divided differences:")
	for _, c := range coef {
		fmt.Printf(" %.6f", c)
	}
	fmt.Println()
	for _, x := range []float64{0.25, 0.75, 1.25, 1.75, 2.5} {
		l, _ := Lagrange(nodes, x)
		nw := NewtonEval(nodes, coef, x)
		fmt.Printf("x=%.2f lagrange=%.8f newton=%.8f sin=%.8f err=%.2e\n", x, l, nw, math.Sin(x), math.Abs(l-math.Sin(x)))
	}

	// Runge phenomenon: equispaced vs Chebyshev nodes
	runge := func(x float64) float64 { return 1 / (1 + 25*x*x) }
	for _, n := range []int{5, 9, 13} {
		eq := make([]float64, n)
		ch := make([]float64, n)
		for i := 0; i < n; i++ {
			eq[i] = -1 + 2*float64(i)/float64(n-1)
			ch[i] = math.Cos(float64(2*i+1) * math.Pi / float64(2*n))
		}
		eqN, chN := sample(runge, eq), sample(runge, ch)
		var eqErr, chErr float64
		for k := 0; k <= 200; k++ {
			x := -1 + 2*float64(k)/200
			a, _ := Lagrange(eqN, x)
			b, _ := Lagrange(chN, x)
			eqErr = math.Max(eqErr, math.Abs(a-runge(x)))
			chErr = math.Max(chErr, math.Abs(b-runge(x)))
		}
		fmt.Printf("runge n=%2d equispaced max err=%.4f chebyshev max err=%.4f\n", n, eqErr, chErr)
	}

	_, err := Lagrange([]Node{{1, 2}, {1, 3}}, 0.5)
	fmt.Println("error:", err, errors.Is(err, ErrDuplicateX))
}
