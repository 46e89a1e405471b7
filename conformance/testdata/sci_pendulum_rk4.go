package main

import (
	"fmt"
	"math"
)

// System describes dy/dt = f(t, y) for a state vector y.
type System interface {
	Deriv(t float64, y []float64) []float64
}

type Pendulum struct{ G, L float64 }

func (p Pendulum) Deriv(_ float64, y []float64) []float64 {
	return []float64{y[1], -p.G / p.L * math.Sin(y[0])}
}

func (p Pendulum) Energy(y []float64) float64 {
	// per unit mass
	return 0.5*p.L*p.L*y[1]*y[1] + p.G*p.L*(1-math.Cos(y[0]))
}

func axpy(a float64, x, y []float64) []float64 {
	out := make([]float64, len(y))
	for i := range y {
		out[i] = y[i] + a*x[i]
	}
	return out
}

func rk4Step(s System, t, h float64, y []float64) []float64 {
	k1 := s.Deriv(t, y)
	k2 := s.Deriv(t+h/2, axpy(h/2, k1, y))
	k3 := s.Deriv(t+h/2, axpy(h/2, k2, y))
	k4 := s.Deriv(t+h, axpy(h, k3, y))
	out := make([]float64, len(y))
	for i := range y {
		out[i] = y[i] + h/6*(k1[i]+2*k2[i]+2*k3[i]+k4[i])
	}
	return out
}

// period measures the time between successive downward zero crossings of theta.
func period(p Pendulum, theta0, h float64) (float64, float64) {
	y := []float64{theta0, 0}
	t := 0.0
	var crossings []float64
	e0 := p.Energy(y)
	maxDrift := 0.0
	for len(crossings) < 3 {
		next := rk4Step(p, t, h, y)
		if y[0] > 0 && next[0] <= 0 {
			frac := y[0] / (y[0] - next[0])
			crossings = append(crossings, t+frac*h)
		}
		y = next
		t += h
		maxDrift = math.Max(maxDrift, math.Abs(p.Energy(y)-e0)/e0)
	}
	return (crossings[2] - crossings[0]) / 2, maxDrift
}

func main() {
	p := Pendulum{G: 9.81, L: 1.0}
	t0 := 2 * math.Pi * math.Sqrt(p.L/p.G)
	fmt.Printf("small-angle period T0 = %.6f s\n", t0)
	fmt.Println("amp[deg]   T_rk4[s]   T/T0     series    rel.energy drift")
	for _, deg := range []float64{5, 15, 30, 60, 90, 120, 150} {
		th := deg * math.Pi / 180
		T, drift := period(p, th, 0.001)
		// series: T/T0 ~ 1 + th^2/16 + 11 th^4/3072
		series := 1 + th*th/16 + 11*math.Pow(th, 4)/3072
		fmt.Printf("%7.0f  %9.6f  %7.5f  %7.5f   %.2e\n", deg, T, T/t0, series, drift)
	}

	fmt.Println("\ntrajectory for 60 deg release, every 0.25 s:")
	y := []float64{math.Pi / 3, 0}
	h := 0.01
	for i := 0; i <= 200; i++ {
		t := float64(i) * h
		if i%25 == 0 {
			fmt.Printf("  t=%4.2f  theta=%+8.4f rad  omega=%+8.4f rad/s  E=%.8f\n",
				t, y[0], y[1], p.Energy(y))
		}
		y = rk4Step(p, t, h, y)
	}
}
