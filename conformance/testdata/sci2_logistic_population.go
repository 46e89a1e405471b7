package main

import (
	"fmt"
	"math"
	"strings"
)

type Population float64

type Model struct {
	R, K float64 // growth rate and carrying capacity
}

func (m Model) Rate(p Population) float64 {
	return m.R * float64(p) * (1 - float64(p)/m.K)
}

func (m Model) Exact(p0 Population, t float64) Population {
	p := float64(p0)
	return Population(m.K * p * math.Exp(m.R*t) / (m.K + p*(math.Exp(m.R*t)-1)))
}

func (m Model) RK4(p Population, h float64) Population {
	k1 := m.Rate(p)
	k2 := m.Rate(p + Population(h*k1/2))
	k3 := m.Rate(p + Population(h*k2/2))
	k4 := m.Rate(p + Population(h*k3))
	return p + Population(h/6*(k1+2*k2+2*k3+k4))
}

func bar(p Population, k float64) string {
	n := int(40 * float64(p) / k)
	return strings.Repeat("#", n)
}

func main() {
	m := Model{R: 0.5, K: 1000}
	p := Population(10)
	h := 0.1
	fmt.Println("logistic growth, r=0.5 K=1000")
	for step := 0; step <= 200; step++ {
		t := float64(step) * h
		if step%20 == 0 {
			exact := m.Exact(10, t)
			fmt.Printf("t=%5.1f P=%8.3f exact=%8.3f |%s\n", t, float64(p), float64(exact), bar(p, m.K))
		}
		p = m.RK4(p, h)
	}

	// Discrete logistic map: chaos demonstration
	fmt.Println("logistic map x_{n+1} = r x (1-x), after 200 iterations:")
	for _, r := range []float64{2.8, 3.2, 3.5, 3.9} {
		x := 0.5
		for i := 0; i < 200; i++ {
			x = r * x * (1 - x)
		}
		vals := make([]string, 4)
		for i := range vals {
			x = r * x * (1 - x)
			vals[i] = fmt.Sprintf("%.4f", x)
		}
		fmt.Printf("r=%.1f: %s\n", r, strings.Join(vals, " "))
	}

	// Lotka-Volterra predator-prey with Euler, printing peaks
	prey, pred := 40.0, 9.0
	a, b, c, d := 0.1, 0.02, 0.3, 0.01
	dt := 0.01
	for i := 1; i <= 5000; i++ {
		dPrey := a*prey - b*prey*pred
		dPred := d*prey*pred - c*pred
		prey += dPrey * dt
		pred += dPred * dt
		if i%1000 == 0 {
			fmt.Printf("t=%5.1f prey=%8.3f predators=%8.3f\n", float64(i)*dt, prey, pred)
		}
	}
}
