package main

import (
	"fmt"
	"math"
)

const (
	g = 9.81
	L = 1.0
)

type State struct{ Theta, Omega float64 }

func deriv(s State) State {
	return State{s.Omega, -g / L * math.Sin(s.Theta)}
}

func (s State) add(d State, h float64) State {
	return State{s.Theta + h*d.Theta, s.Omega + h*d.Omega}
}

func rk4(s State, h float64) State {
	k1 := deriv(s)
	k2 := deriv(s.add(k1, h/2))
	k3 := deriv(s.add(k2, h/2))
	k4 := deriv(s.add(k3, h))
	return State{
		s.Theta + h/6*(k1.Theta+2*k2.Theta+2*k3.Theta+k4.Theta),
		s.Omega + h/6*(k1.Omega+2*k2.Omega+2*k3.Omega+k4.Omega),
	}
}

// period releases the pendulum from rest and times the first swing
// to the other side (omega changes sign from negative to positive).
func period(theta0, h float64) float64 {
	s := State{Theta: theta0}
	t := 0.0
	for {
		prev := s
		s = rk4(s, h)
		t += h
		if prev.Omega < 0 && s.Omega >= 0 {
			frac := -prev.Omega / (s.Omega - prev.Omega)
			return 2 * (t - h + frac*h)
		}
	}
}

// agm is the arithmetic-geometric mean, used for the exact period.
func agm(a, b float64) float64 {
	for math.Abs(a-b) > 1e-15 {
		a, b = (a+b)/2, math.Sqrt(a*b)
	}
	return a
}

func exactPeriod(theta0 float64) float64 {
	t0 := 2 * math.Pi * math.Sqrt(L/g)
	return t0 / agm(1, math.Cos(theta0/2))
}

func main() {
	t0 := 2 * math.Pi * math.Sqrt(L/g)
	fmt.Printf("small-angle period for L=%.1f m: %.5f s\n", L, t0)
	fmt.Printf("%6s %10s %10s %10s %8s\n", "amp", "RK4", "exact", "approx", "ratio")
	for _, deg := range []float64{5, 15, 30, 45, 60, 90, 120, 150, 170} {
		th := deg * math.Pi / 180
		p := period(th, 0.001)
		approx := t0 * (1 + th*th/16)
		fmt.Printf("%5.0f° %10.5f %10.5f %10.5f %8.4f\n", deg, p, exactPeriod(th), approx, p/t0)
	}

	// Energy check over ten seconds at a large amplitude.
	s := State{Theta: 2.0}
	energy := func(s State) float64 { return 0.5*L*L*s.Omega*s.Omega + g*L*(1-math.Cos(s.Theta)) }
	e0 := energy(s)
	fmt.Println("motion from 2.0 rad:")
	for i := 1; i <= 10000; i++ {
		s = rk4(s, 0.001)
		if i%1000 == 0 {
			fmt.Printf("  t=%4.1f theta=%+.4f omega=%+.4f energy=%.6f\n", float64(i)*0.001, s.Theta, s.Omega, energy(s))
		}
	}
	drift := math.Abs(energy(s)-e0) / e0
	fmt.Printf("energy conserved to 1 part in 10^9: %t\n", drift < 1e-9)
}
