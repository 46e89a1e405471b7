package main

import (
	"errors"
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

type Fit struct {
	Slope, Intercept float64
	R, R2            float64
	StdErrSlope      float64
}

func (f Fit) String() string {
	return fmt.Sprintf("y = %.4f x %+.4f  (r=%.4f, r^2=%.4f, se(slope)=%.4f)",
		f.Slope, f.Intercept, f.R, f.R2, f.StdErrSlope)
}

func (f Fit) Predict(x float64) float64 { return f.Slope*x + f.Intercept }

func LinearFit(pts []Point) (Fit, error) {
	n := float64(len(pts))
	if len(pts) < 3 {
		return Fit{}, errors.New("need at least 3 points")
	}
	var mx, my float64
	for _, p := range pts {
		mx += p.X
		my += p.Y
	}
	mx /= n
	my /= n
	var sxx, syy, sxy float64
	for _, p := range pts {
		dx, dy := p.X-mx, p.Y-my
		sxx += dx * dx
		syy += dy * dy
		sxy += dx * dy
	}
	if sxx == 0 {
		return Fit{}, errors.New("all x values identical")
	}
	slope := sxy / sxx
	f := Fit{Slope: slope, Intercept: my - slope*mx}
	f.R = sxy / math.Sqrt(sxx*syy)
	f.R2 = f.R * f.R
	var sse float64
	for _, p := range pts {
		r := p.Y - f.Predict(p.X)
		sse += r * r
	}
	f.StdErrSlope = math.Sqrt(sse / (n - 2) / sxx)
	return f, nil
}

func main() {
	// Hooke's law experiment: force (N) vs extension (cm)
	spring := []Point{{0.5, 1.1}, {1.0, 2.0}, {1.5, 3.2}, {2.0, 3.9}, {2.5, 5.1}, {3.0, 6.0}, {3.5, 6.8}}
	f, err := LinearFit(spring)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("spring:", f)
	for _, p := range spring {
		fmt.Printf("  x=%.1f y=%.2f pred=%.3f resid=%+.3f\n", p.X, p.Y, f.Predict(p.X), p.Y-f.Predict(p.X))
	}

	// Exponential decay fit via log transform
	decay := []Point{}
	for t := 0.0; t <= 5; t++ {
		y := 100 * math.Exp(-0.4*t) * (1 + 0.01*math.Sin(3*t))
		decay = append(decay, Point{t, math.Log(y)})
	}
	d, _ := LinearFit(decay)
	fmt.Printf("decay: rate=%.4f A=%.3f half-life=%.3f\n", -d.Slope, math.Exp(d.Intercept), math.Ln2/-d.Slope)

	// Uncorrelated and anticorrelated data
	anti := []Point{{1, 10}, {2, 8}, {3, 6.5}, {4, 3.9}, {5, 2.2}}
	a, _ := LinearFit(anti)
	fmt.Println("anti:", a)
	circle := []Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}
	c, _ := LinearFit(circle)
	fmt.Printf("circle: slope=%.4f r=%v\n", c.Slope, c.R)

	for _, bad := range [][]Point{{{1, 1}, {2, 2}}, {{1, 1}, {1, 2}, {1, 3}}} {
		if _, err := LinearFit(bad); err != nil {
			fmt.Println("error:", err)
		}
	}
}
