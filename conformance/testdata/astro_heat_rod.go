package main

import (
	"fmt"
	"strings"
)

// Rod holds the temperature at evenly spaced points along a 1D rod.
type Rod struct {
	T     []float64
	Alpha float64 // thermal diffusivity
	Dx    float64
}

func NewRod(n int, length, alpha, initial, left, right float64) *Rod {
	t := make([]float64, n)
	for i := range t {
		t[i] = initial
	}
	t[0], t[n-1] = left, right
	return &Rod{T: t, Alpha: alpha, Dx: length / float64(n-1)}
}

// Step applies one explicit FTCS update; the ends are held fixed.
func (r *Rod) Step(dt float64) {
	k := r.Alpha * dt / (r.Dx * r.Dx)
	next := make([]float64, len(r.T))
	next[0], next[len(r.T)-1] = r.T[0], r.T[len(r.T)-1]
	for i := 1; i < len(r.T)-1; i++ {
		next[i] = r.T[i] + k*(r.T[i+1]-2*r.T[i]+r.T[i-1])
	}
	r.T = next
}

func (r *Rod) Mean() float64 {
	sum := 0.0
	for _, v := range r.T {
		sum += v
	}
	return sum / float64(len(r.T))
}

func (r *Rod) Bars() string {
	var sb strings.Builder
	shades := []rune(" .:-=+*#%@")
	for _, v := range r.T {
		idx := int(v / 100 * float64(len(shades)-1))
		idx = max(0, min(idx, len(shades)-1))
		sb.WriteRune(shades[idx])
	}
	return sb.String()
}

func main() {
	const (
		n      = 21
		length = 1.0
		alpha  = 0.01
		dt     = 0.1
	)
	rod := NewRod(n, length, alpha, 20, 100, 0)
	k := alpha * dt / (rod.Dx * rod.Dx)
	fmt.Printf("dx=%.3f dt=%.2f stability number r=%.3f (stable: %t)\n", rod.Dx, dt, k, k <= 0.5)

	checkpoints := map[int]bool{0: true, 10: true, 50: true, 200: true, 500: true, 1000: true, 3000: true}
	for step := 0; step <= 3000; step++ {
		if checkpoints[step] {
			fmt.Printf("t=%6.1f |%s| mean=%6.2f mid=%6.2f\n",
				float64(step)*dt, rod.Bars(), rod.Mean(), rod.T[n/2])
		}
		rod.Step(dt)
	}

	fmt.Println("final profile vs steady state (linear):")
	for i := 0; i < n; i += 4 {
		x := float64(i) * rod.Dx
		steady := 100 * (1 - x)
		fmt.Printf("  x=%.2f  T=%7.3f  steady=%7.3f\n", x, rod.T[i], steady)
	}
}
