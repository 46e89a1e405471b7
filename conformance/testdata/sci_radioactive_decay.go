package main

import (
	"fmt"
	"math"
	"strings"
)

type Isotope struct {
	Name     string
	HalfLife float64 // hours
}

func (i Isotope) Lambda() float64 { return math.Ln2 / i.HalfLife }

// eulerDecay integrates dN/dt = -lambda N with forward Euler.
func eulerDecay(n0, lambda, dt float64, steps int) float64 {
	n := n0
	for range steps {
		n -= lambda * n * dt
	}
	return n
}

// eulerAt runs Euler up to time t with a step close to (at most) dt.
func eulerAt(n0, lambda, t, dt float64) float64 {
	steps := int(math.Ceil(t / dt))
	if steps == 0 {
		return n0
	}
	return eulerDecay(n0, lambda, t/float64(steps), steps)
}

// Chain integrates A -> B -> C with RK4 for the two unknowns (C = total - A - B).
func chain(a0, la, lb, h, tEnd float64) (a, b float64) {
	a = a0
	f := func(a, b float64) (float64, float64) { return -la * a, la*a - lb*b }
	for t := 0.0; t < tEnd-1e-9; t += h {
		k1a, k1b := f(a, b)
		k2a, k2b := f(a+h/2*k1a, b+h/2*k1b)
		k3a, k3b := f(a+h/2*k2a, b+h/2*k2b)
		k4a, k4b := f(a+h*k3a, b+h*k3b)
		a += h / 6 * (k1a + 2*k2a + 2*k3a + k4a)
		b += h / 6 * (k1b + 2*k2b + 2*k3b + k4b)
	}
	return a, b
}

// bateman gives the exact amount of the daughter nuclide.
func bateman(a0, la, lb, t float64) float64 {
	return a0 * la / (lb - la) * (math.Exp(-la*t) - math.Exp(-lb*t))
}

func main() {
	iso := Isotope{"I-131", 192.5} // about 8.02 days
	lam := iso.Lambda()
	fmt.Printf("%s: half-life %.1f h, lambda = %.6e 1/h\n", iso.Name, iso.HalfLife, lam)
	const n0 = 1e6
	fmt.Println("  t[h]      exact        euler(dt=1h)  euler(dt=12h)  rel.err(12h)")
	for _, t := range []float64{0, 48, 96, 192.5, 385, 770} {
		exact := n0 * math.Exp(-lam*t)
		e1 := eulerAt(n0, lam, t, 1)
		e12 := eulerAt(n0, lam, t, 12)
		fmt.Printf("%6.1f  %11.2f  %12.2f  %12.2f   %+.3e\n", t, exact, e1, e12, (e12-exact)/exact)
	}

	fmt.Println("\nDecay chain Te-132 -> I-132 -> Xe-132 (hours)")
	parent := Isotope{"Te-132", 76.9}
	daughter := Isotope{"I-132", 2.295}
	la, lb := parent.Lambda(), daughter.Lambda()
	peak := math.Log(lb/la) / (lb - la)
	fmt.Printf("daughter activity peaks at t = %.3f h\n", peak)
	for _, t := range []float64{1, 5, 10, 24, 72, 168} {
		a, b := chain(1000, la, lb, 0.01, t)
		exact := bateman(1000, la, lb, t)
		ratio := lb * b / (la * a) // activity ratio, approaches lb/(lb-la)
		bar := strings.Repeat("+", int(math.Round(b)))
		fmt.Printf("t=%5.0f A=%8.3f B=%7.4f (exact %7.4f) act.ratio=%.4f %s\n", t, a, b, exact, ratio, bar)
	}
	fmt.Printf("secular/transient equilibrium ratio lb/(lb-la) = %.4f\n", lb/(lb-la))
}
