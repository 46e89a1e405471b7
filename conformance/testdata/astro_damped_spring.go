package main

import (
	"fmt"
	"math"
)

type State [2]float64 // position, velocity

type Deriv func(t float64, y State) State

type Stepper interface {
	Name() string
	Step(f Deriv, t float64, y State, h float64) State
}

type Euler struct{}

func (Euler) Name() string { return "Euler" }
func (Euler) Step(f Deriv, t float64, y State, h float64) State {
	d := f(t, y)
	return State{y[0] + h*d[0], y[1] + h*d[1]}
}

type RK4 struct{}

func (RK4) Name() string { return "RK4" }
func (RK4) Step(f Deriv, t float64, y State, h float64) State {
	add := func(a, b State, k float64) State { return State{a[0] + k*b[0], a[1] + k*b[1]} }
	k1 := f(t, y)
	k2 := f(t+h/2, add(y, k1, h/2))
	k3 := f(t+h/2, add(y, k2, h/2))
	k4 := f(t+h, add(y, k3, h))
	return State{
		y[0] + h/6*(k1[0]+2*k2[0]+2*k3[0]+k4[0]),
		y[1] + h/6*(k1[1]+2*k2[1]+2*k3[1]+k4[1]),
	}
}

type Spring struct {
	M, K, C float64
}

func (s Spring) Deriv() Deriv {
	return func(t float64, y State) State {
		return State{y[1], (-s.K*y[0] - s.C*y[1]) / s.M}
	}
}

// Exact returns x(t) for x(0)=1, v(0)=0 (underdamped case).
func (s Spring) Exact(t float64) float64 {
	gamma := s.C / (2 * s.M)
	wd := math.Sqrt(s.K/s.M - gamma*gamma)
	return math.Exp(-gamma*t) * (math.Cos(wd*t) + gamma/wd*math.Sin(wd*t))
}

func simulate(st Stepper, f Deriv, h, tEnd float64) []float64 {
	y := State{1, 0}
	n := int(math.Round(tEnd / h))
	xs := make([]float64, 0, n+1)
	xs = append(xs, y[0])
	for i := range n {
		y = st.Step(f, float64(i)*h, y, h)
		xs = append(xs, y[0])
	}
	return xs
}

func main() {
	sp := Spring{M: 1, K: 4, C: 0.4}
	f := sp.Deriv()
	const h, tEnd = 0.05, 10.0
	euler := simulate(Euler{}, f, h, tEnd)
	rk := simulate(RK4{}, f, h, tEnd)

	fmt.Printf("spring %+v, h=%g\n", sp, h)
	fmt.Printf("%5s %10s %10s %10s\n", "t", "exact", "euler", "rk4")
	every := int(1 / h)
	for i := 0; i < len(rk); i += every {
		t := float64(i) * h
		fmt.Printf("%5.1f %10.5f %10.5f %10.5f\n", t, sp.Exact(t), euler[i], rk[i])
	}

	fmt.Println("max error versus step size:")
	for _, st := range []Stepper{Euler{}, RK4{}} {
		for _, hh := range []float64{0.1, 0.05, 0.025} {
			xs := simulate(st, f, hh, tEnd)
			worst := 0.0
			for i, x := range xs {
				worst = max(worst, math.Abs(x-sp.Exact(float64(i)*hh)))
			}
			fmt.Printf("  %-6s h=%-6g err=%.3e\n", st.Name(), hh, worst)
		}
	}
}
