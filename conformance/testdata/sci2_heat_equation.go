package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Rod struct {
	T     []float64
	Alpha float64
	Dx    float64
}

var ErrUnstable = errors.New("explicit scheme unstable: r > 0.5")

// Step advances the explicit FTCS scheme with fixed boundary temperatures.
func (r *Rod) Step(dt float64) error {
	ratio := r.Alpha * dt / (r.Dx * r.Dx)
	if ratio > 0.5 {
		return fmt.Errorf("r=%.3f: %w", ratio, ErrUnstable)
	}
	next := make([]float64, len(r.T))
	next[0], next[len(next)-1] = r.T[0], r.T[len(r.T)-1]
	for i := 1; i < len(r.T)-1; i++ {
		next[i] = r.T[i] + ratio*(r.T[i+1]-2*r.T[i]+r.T[i-1])
	}
	r.T = next
	return nil
}

func shade(v, maxV float64) string {
	levels := " .:-=+*#%@"
	idx := int(v / maxV * float64(len(levels)-1))
	idx = max(0, min(idx, len(levels)-1))
	return string(levels[idx])
}

func (r *Rod) Render(maxV float64) string {
	var sb strings.Builder
	for _, v := range r.T {
		sb.WriteString(shade(v, maxV))
	}
	return sb.String()
}

func main() {
	const n = 41
	L := 1.0
	rod := &Rod{T: make([]float64, n), Alpha: 0.01, Dx: L / (n - 1)}
	for i := range rod.T {
		x := float64(i) * rod.Dx
		rod.T[i] = 100 * math.Sin(math.Pi*x)
	}
	dt := 0.01
	t := 0.0
	fmt.Println("sine initial profile, zero boundaries")
	for step := 0; step <= 1000; step++ {
		if step%200 == 0 {
			mid := rod.T[n/2]
			exact := 100 * math.Exp(-rod.Alpha*math.Pi*math.Pi*t)
			fmt.Printf("t=%5.1f mid=%8.4f exact=%8.4f |%s|\n", t, mid, exact, rod.Render(100))
		}
		if err := rod.Step(dt); err != nil {
			fmt.Println(err)
			return
		}
		t += dt
	}

	// Hot left end, cold right end: approaches linear steady state
	rod2 := &Rod{T: make([]float64, 11), Alpha: 1, Dx: 0.1}
	rod2.T[0] = 100
	for step := 0; step < 2000; step++ {
		_ = rod2.Step(0.004)
	}
	fmt.Print("steady state:")
	for _, v := range rod2.T {
		fmt.Printf(" %.2f", v)
	}
	fmt.Println()

	err := rod2.Step(0.01)
	fmt.Println("large dt:", err, errors.Is(err, ErrUnstable))
}
