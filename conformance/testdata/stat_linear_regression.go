package main

import (
	"errors"
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

type Line struct {
	Slope, Intercept float64
}

func (l Line) String() string {
	sign := "+"
	b := l.Intercept
	if b < 0 {
		sign, b = "-", -b
	}
	return fmt.Sprintf("y = %.4fx %s %.4f", l.Slope, sign, b)
}

func (l Line) Predict(x float64) float64 { return l.Slope*x + l.Intercept }

var ErrVertical = errors.New("all x values identical; slope undefined")

func Fit(pts []Point) (Line, error) {
	if len(pts) < 2 {
		return Line{}, fmt.Errorf("fit needs 2+ points, got %d", len(pts))
	}
	var sx, sy, sxx, sxy float64
	for _, p := range pts {
		sx += p.X
		sy += p.Y
		sxx += p.X * p.X
		sxy += p.X * p.Y
	}
	n := float64(len(pts))
	den := n*sxx - sx*sx
	if den == 0 {
		return Line{}, ErrVertical
	}
	slope := (n*sxy - sx*sy) / den
	return Line{Slope: slope, Intercept: (sy - slope*sx) / n}, nil
}

func RSquared(l Line, pts []Point) float64 {
	mean := 0.0
	for _, p := range pts {
		mean += p.Y
	}
	mean /= float64(len(pts))
	var ssRes, ssTot float64
	for _, p := range pts {
		r := p.Y - l.Predict(p.X)
		ssRes += r * r
		ssTot += (p.Y - mean) * (p.Y - mean)
	}
	return 1 - ssRes/ssTot
}

func main() {
	// hours studied vs exam score
	data := []Point{{1, 52}, {2, 55}, {3, 61}, {4, 64}, {5, 70}, {6, 71}, {7, 78}, {8, 83}, {9, 85}, {10, 91}}
	line, err := Fit(data)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("model:", line)
	fmt.Printf("R^2 = %.5f\n", RSquared(line, data))
	fmt.Printf("%5s %6s %8s %8s\n", "x", "y", "yhat", "resid")
	sse := 0.0
	for _, p := range data {
		yhat := line.Predict(p.X)
		sse += (p.Y - yhat) * (p.Y - yhat)
		fmt.Printf("%5.1f %6.1f %8.3f %+8.3f\n", p.X, p.Y, yhat, p.Y-yhat)
	}
	fmt.Printf("RMSE = %.4f\n", math.Sqrt(sse/float64(len(data))))
	for _, x := range []float64{0, 12, 15} {
		fmt.Printf("predict(%v) = %.2f\n", x, line.Predict(x))
	}

	if _, err := Fit([]Point{{3, 1}, {3, 2}, {3, 5}}); err != nil {
		fmt.Println("vertical:", err, errors.Is(err, ErrVertical))
	}
	if _, err := Fit(data[:1]); err != nil {
		fmt.Println("short:", err)
	}
	// converting to an unnamed struct drops the String method
	fmt.Printf("%+v\n", struct{ Slope, Intercept float64 }(line))
}
