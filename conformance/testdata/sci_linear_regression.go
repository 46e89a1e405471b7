package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

type Fit struct {
	Slope, Intercept float64
	R2               float64
	SESlope          float64
}

func (f Fit) Predict(x float64) float64 { return f.Intercept + f.Slope*x }

func (f Fit) String() string {
	return fmt.Sprintf("y = %.5f + %.5f x  (R^2 = %.6f, SE(slope) = %.5f)", f.Intercept, f.Slope, f.R2, f.SESlope)
}

func leastSquares(pts []Point) Fit {
	n := float64(len(pts))
	var sx, sy float64
	for _, p := range pts {
		sx += p.X
		sy += p.Y
	}
	mx, my := sx/n, sy/n
	var sxx, sxy, syy float64
	for _, p := range pts {
		dx, dy := p.X-mx, p.Y-my
		sxx += dx * dx
		sxy += dx * dy
		syy += dy * dy
	}
	slope := sxy / sxx
	icpt := my - slope*mx
	var sse float64
	for _, p := range pts {
		r := p.Y - (icpt + slope*p.X)
		sse += r * r
	}
	return Fit{
		Slope:     slope,
		Intercept: icpt,
		R2:        1 - sse/syy,
		SESlope:   math.Sqrt(sse/(n-2)) / math.Sqrt(sxx),
	}
}

func main() {
	// Hooke's law lab: mass [kg] vs extension [m] of a spring.
	masses := []float64{0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40}
	ext := []float64{0.0101, 0.0198, 0.0305, 0.0399, 0.0502, 0.0597, 0.0704, 0.0795}
	const g = 9.81
	pts := make([]Point, len(masses))
	for i := range masses {
		pts[i] = Point{X: masses[i] * g, Y: ext[i]} // force vs extension
	}
	fit := leastSquares(pts)
	fmt.Println("Spring: extension vs force")
	fmt.Println(" ", fit)
	fmt.Printf("  spring constant k = 1/slope = %.2f N/m\n", 1/fit.Slope)
	fmt.Println("   F [N]   x_obs [m]  x_fit [m]   resid")
	for _, p := range pts {
		fx := fit.Predict(p.X)
		fmt.Printf("  %6.4f  %9.4f  %9.4f  %+.5f\n", p.X, p.Y, fx, p.Y-fx)
	}

	// Exponential cooling fitted by log-linearisation: T - Tenv = A exp(-k t)
	times := []float64{0, 2, 4, 6, 8, 10, 12}
	temps := []float64{90.0, 76.1, 64.8, 56.2, 49.3, 43.9, 39.6}
	const tEnv = 22.0
	logPts := make([]Point, 0, len(times))
	for i, t := range times {
		logPts = append(logPts, Point{t, math.Log(temps[i] - tEnv)})
	}
	lf := leastSquares(logPts)
	k, a := -lf.Slope, math.Exp(lf.Intercept)
	fmt.Println("\nNewton cooling fit")
	fmt.Printf("  k = %.5f /min, A = %.3f C, R^2 = %.6f\n", k, a, lf.R2)
	for _, t := range []float64{15, 20, 30} {
		fmt.Printf("  predicted T(%2.0f min) = %.2f C\n", t, tEnv+a*math.Exp(-k*t))
	}
	half := math.Log(2) / k
	fmt.Printf("  excess temperature halves every %.3f min\n", half)
}
