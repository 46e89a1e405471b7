package main

import (
	"fmt"
	"math"
)

type Meters float64
type Seconds float64
type MetersPerSecond float64

func (m Meters) String() string          { return fmt.Sprintf("%.3f m", float64(m)) }
func (s Seconds) String() string         { return fmt.Sprintf("%.3f s", float64(s)) }
func (v MetersPerSecond) String() string { return fmt.Sprintf("%.3f m/s", float64(v)) }

const g = 9.81

type Projectile struct {
	X, Y   float64
	VX, VY float64
}

// Step advances the projectile using semi-implicit Euler with quadratic drag.
func (p *Projectile) Step(dt, drag float64) {
	speed := math.Hypot(p.VX, p.VY)
	ax := -drag * speed * p.VX
	ay := -g - drag*speed*p.VY
	p.VX += ax * dt
	p.VY += ay * dt
	p.X += p.VX * dt
	p.Y += p.VY * dt
}

func simulate(v0 MetersPerSecond, angleDeg, drag, dt float64) (Meters, Meters, Seconds) {
	rad := angleDeg * math.Pi / 180
	p := Projectile{VX: float64(v0) * math.Cos(rad), VY: float64(v0) * math.Sin(rad)}
	maxH := 0.0
	t := 0.0
	for {
		prevX, prevY := p.X, p.Y
		p.Step(dt, drag)
		t += dt
		maxH = math.Max(maxH, p.Y)
		if p.Y < 0 {
			// linear interpolation to ground
			frac := prevY / (prevY - p.Y)
			x := prevX + frac*(p.X-prevX)
			return Meters(x), Meters(maxH), Seconds(t - dt + frac*dt)
		}
	}
}

func analyticRange(v0 MetersPerSecond, angleDeg float64) Meters {
	rad := angleDeg * math.Pi / 180
	v := float64(v0)
	return Meters(v * v * math.Sin(2*rad) / g)
}

func main() {
	v0 := MetersPerSecond(30)
	fmt.Println("launch speed:", v0)
	fmt.Printf("%5s %14s %14s %14s %12s\n", "angle", "range(euler)", "range(exact)", "range(drag)", "flight")
	for angle := 15.0; angle <= 75; angle += 15 {
		r, _, _ := simulate(v0, angle, 0, 0.001)
		rd, _, tf := simulate(v0, angle, 0.01, 0.001)
		fmt.Printf("%5.0f %14v %14v %14v %12v\n", angle, r, analyticRange(v0, angle), rd, tf)
	}

	// Find best angle with drag by scanning
	best, bestR := 0.0, Meters(0)
	for a := 30.0; a <= 50; a += 1 {
		r, _, _ := simulate(v0, a, 0.01, 0.002)
		if r > bestR {
			best, bestR = a, r
		}
	}
	fmt.Printf("best angle with drag: %.1f deg, range %v\n", best, bestR)

	// Step size convergence
	for _, dt := range []float64{0.1, 0.01, 0.001} {
		r, h, _ := simulate(v0, 45, 0, dt)
		fmt.Printf("dt=%-6g range=%v max height=%v\n", dt, r, h)
	}
}
