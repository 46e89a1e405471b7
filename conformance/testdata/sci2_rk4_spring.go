package main

import (
	"fmt"
	"math"
)

// State holds position and velocity of a mass on a spring.
type State struct {
	X, V float64
}

func (s State) Add(o State, h float64) State {
	return State{s.X + h*o.X, s.V + h*o.V}
}

type Deriv func(t float64, s State) State

func RK4Step(f Deriv, t float64, s State, h float64) State {
	k1 := f(t, s)
	k2 := f(t+h/2, s.Add(k1, h/2))
	k3 := f(t+h/2, s.Add(k2, h/2))
	k4 := f(t+h, s.Add(k3, h))
	return State{
		s.X + h/6*(k1.X+2*k2.X+2*k3.X+k4.X),
		s.V + h/6*(k1.V+2*k2.V+2*k3.V+k4.V),
	}
}

func EulerStep(f Deriv, t float64, s State, h float64) State {
	return s.Add(f(t, s), h)
}

const (
	mass    = 1.0
	kSpring = 4.0
)

func energy(s State) float64 {
	return 0.5*mass*s.V*s.V + 0.5*kSpring*s.X*s.X
}

func main() {
	spring := func(t float64, s State) State {
		return State{s.V, -kSpring / mass * s.X}
	}
	omega := math.Sqrt(kSpring / mass)
	h := 0.05
	sRK, sEu := State{1, 0}, State{1, 0}
	t := 0.0
	fmt.Printf("%6s %10s %10s %10s %10s %10s\n", "t", "exact", "rk4", "euler", "E_rk4", "E_euler")
	for step := 0; step <= 200; step++ {
		if step%20 == 0 {
			fmt.Printf("%6.2f %10.6f %10.6f %10.6f %10.6f %10.6f\n",
				t, math.Cos(omega*t), sRK.X, sEu.X, energy(sRK), energy(sEu))
		}
		sRK = RK4Step(spring, t, sRK, h)
		sEu = EulerStep(spring, t, sEu, h)
		t += h
	}

	// Damped oscillator: count zero crossings
	gamma := 0.3
	damped := func(t float64, s State) State {
		return State{s.V, -kSpring/mass*s.X - gamma*s.V}
	}
	s := State{1, 0}
	crossings := 0
	t = 0
	for step := 0; step < 400; step++ {
		next := RK4Step(damped, t, s, h)
		if math.Signbit(next.X) != math.Signbit(s.X) {
			crossings++
		}
		s = next
		t += h
	}
	fmt.Printf("damped: t=%.2f x=%.6f v=%.6f crossings=%d energy=%.6f\n", t, s.X, s.V, crossings, energy(s))
}
