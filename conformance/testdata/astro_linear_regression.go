package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

type Fit struct {
	Slope, Intercept, R2 float64
}

func (f Fit) Predict(x float64) float64 { return f.Intercept + f.Slope*x }

func (f Fit) String() string {
	return fmt.Sprintf("y = %.4f %+.4f x  (R^2 = %.4f)", f.Intercept, f.Slope, f.R2)
}

func LeastSquares(pts []Point) Fit {
	n := float64(len(pts))
	var sx, sy, sxx, sxy float64
	for _, p := range pts {
		sx += p.X
		sy += p.Y
		sxx += p.X * p.X
		sxy += p.X * p.Y
	}
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	intercept := (sy - slope*sx) / n
	fit := Fit{Slope: slope, Intercept: intercept}

	meanY := sy / n
	var ssRes, ssTot float64
	for _, p := range pts {
		r := p.Y - fit.Predict(p.X)
		ssRes += r * r
		ssTot += (p.Y - meanY) * (p.Y - meanY)
	}
	fit.R2 = 1 - ssRes/ssTot
	return fit
}

func main() {
	// Hooke's law lab: mass hung on a spring (kg) vs extension (m).
	const g = 9.81
	masses := []float64{0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35}
	extensions := []float64{0.021, 0.039, 0.062, 0.080, 0.101, 0.119, 0.142}
	var hooke []Point
	for i, m := range masses {
		hooke = append(hooke, Point{X: m * g, Y: extensions[i]})
	}
	fit := LeastSquares(hooke)
	fmt.Println("Hooke's law (force N -> extension m):")
	fmt.Println(" ", fit)
	fmt.Printf("  spring constant k = %.2f N/m\n", 1/fit.Slope)
	fmt.Println("  residuals (mm):")
	for _, p := range hooke {
		fmt.Printf("    F=%.3f  measured=%.3f  predicted=%.4f  resid=%+.2f\n",
			p.X, p.Y, fit.Predict(p.X), 1000*(p.Y-fit.Predict(p.X)))
	}

	// Radioactive decay counts: fit ln(N) = ln(N0) - lambda t.
	times := []float64{0, 10, 20, 30, 40, 50, 60}
	counts := []float64{1000, 758, 579, 436, 333, 250, 191}
	var logPts []Point
	for i, t := range times {
		logPts = append(logPts, Point{t, math.Log(counts[i])})
	}
	decay := LeastSquares(logPts)
	lambda := -decay.Slope
	fmt.Println("decay fit on ln(counts):")
	fmt.Println(" ", decay)
	fmt.Printf("  N0 = %.1f, lambda = %.5f /s, half-life = %.2f s\n",
		math.Exp(decay.Intercept), lambda, math.Ln2/lambda)
	for _, t := range []float64{15, 45, 90} {
		fmt.Printf("  predicted count at t=%2.0f s: %.0f\n", t, math.Exp(decay.Predict(t)))
	}
}
