package main

import (
	"fmt"
	"math"
)

type Vec []float64

func (v Vec) Norm() float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

func (v Vec) Scale(f float64) Vec {
	out := make(Vec, len(v))
	for i, x := range v {
		out[i] = x * f
	}
	return out
}

func (v Vec) Dot(o Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

type Mat [][]float64

func (m Mat) Apply(v Vec) Vec {
	out := make(Vec, len(m))
	for i, row := range m {
		out[i] = Vec(row).Dot(v)
	}
	return out
}

// PowerIteration returns the dominant eigenvalue and eigenvector.
func PowerIteration(m Mat, tol float64, maxIter int) (float64, Vec, int) {
	v := make(Vec, len(m))
	for i := range v {
		v[i] = 1
	}
	v = v.Scale(1 / v.Norm())
	lambda := 0.0
	for k := 1; k <= maxIter; k++ {
		w := m.Apply(v)
		newLambda := v.Dot(w) // Rayleigh quotient
		v = w.Scale(1 / w.Norm())
		if math.Abs(newLambda-lambda) < tol {
			return newLambda, v, k
		}
		lambda = newLambda
	}
	return lambda, v, maxIter
}

// Deflate removes the found eigenpair from a symmetric matrix.
func Deflate(m Mat, lambda float64, v Vec) Mat {
	n := len(m)
	out := make(Mat, n)
	for i := range out {
		out[i] = make([]float64, n)
		for j := range out[i] {
			out[i][j] = m[i][j] - lambda*v[i]*v[j]
		}
	}
	return out
}

func main() {
	m := Mat{
		{4, 1, 0, 0},
		{1, 3, 1, 0},
		{0, 1, 2, 1},
		{0, 0, 1, 1},
	}
	trace := 0.0
	for i := range m {
		trace += m[i][i]
	}
	sum := 0.0
	cur := m
	for k := 0; k < len(m); k++ {
		lambda, vec, iters := PowerIteration(cur, 1e-12, 5000)
		if vec[0] < 0 || (vec[0] == 0 && vec[1] < 0) {
			vec = vec.Scale(-1)
		}
		fmt.Printf("eigenvalue %d: %.8f (iters=%d)\n", k+1, lambda, iters)
		fmt.Printf("  vector: [% .5f % .5f % .5f % .5f]\n", vec[0], vec[1], vec[2], vec[3])
		r := m.Apply(vec)
		resid := 0.0
		for i := range r {
			resid = math.Max(resid, math.Abs(r[i]-lambda*vec[i]))
		}
		fmt.Printf("  residual: %.1e\n", math.Round(resid*1e6)/1e6)
		sum += lambda
		cur = Deflate(cur, lambda, vec)
	}
	fmt.Printf("sum of eigenvalues = %.6f, trace = %.6f\n", sum, trace)

	// 2x2 check against closed form
	a, b, d := 2.0, 1.0, 2.0
	l, _, _ := PowerIteration(Mat{{a, b}, {b, d}}, 1e-14, 1000)
	exact := (a+d)/2 + math.Sqrt((a-d)*(a-d)/4+b*b)
	fmt.Printf("2x2 dominant: %.10f exact: %.10f\n", l, exact)
}
