package main

import (
	"fmt"
	"math"
)

type Vec2 struct{ X, Y float64 }

func (a Vec2) Add(b Vec2) Vec2      { return Vec2{a.X + b.X, a.Y + b.Y} }
func (a Vec2) Scale(k float64) Vec2 { return Vec2{a.X * k, a.Y * k} }
func (a Vec2) Len() float64         { return math.Hypot(a.X, a.Y) }
func (a Vec2) String() string       { return fmt.Sprintf("(%7.4f, %7.4f)", a.X, a.Y) }

// Units: AU, years, solar masses.
const GM = 4 * math.Pi * math.Pi

type Body struct {
	Pos, Vel Vec2
}

func accel(p Vec2) Vec2 {
	r := p.Len()
	return p.Scale(-GM / (r * r * r))
}

// Step advances the body by dt using velocity Verlet.
func (b *Body) Step(dt float64) {
	a := accel(b.Pos)
	b.Pos = b.Pos.Add(b.Vel.Scale(dt)).Add(a.Scale(0.5 * dt * dt))
	a2 := accel(b.Pos)
	b.Vel = b.Vel.Add(a.Add(a2).Scale(0.5 * dt))
}

func (b Body) Energy() float64 {
	v := b.Vel.Len()
	return 0.5*v*v - GM/b.Pos.Len()
}

func (b Body) AngularMomentum() float64 {
	return b.Pos.X*b.Vel.Y - b.Pos.Y*b.Vel.X
}

func main() {
	const a, e = 1.0, 0.3
	rp := a * (1 - e)
	vp := math.Sqrt(GM / a * (1 + e) / (1 - e)) // vis-viva at perihelion
	body := Body{Pos: Vec2{rp, 0}, Vel: Vec2{0, vp}}
	e0, l0 := body.Energy(), body.AngularMomentum()

	const dt = 0.0005
	stepsPerYear := int(math.Round(1 / dt))
	rmin, rmax := math.Inf(1), 0.0
	period := -1.0

	fmt.Printf("orbit a=%.1f AU, e=%.1f, start %v, v=%.4f AU/yr\n", a, e, body.Pos, vp)
	fmt.Printf("%6s %20s %8s %10s\n", "t(yr)", "position", "r", "energy")
	for i := range 2 * stepsPerYear {
		prevY := body.Pos.Y
		body.Step(dt)
		t := float64(i+1) * dt
		r := body.Pos.Len()
		rmin = min(rmin, r)
		rmax = max(rmax, r)
		if period < 0 && prevY < 0 && body.Pos.Y >= 0 {
			period = t - dt*body.Pos.Y/(body.Pos.Y-prevY)
		}
		if (i+1)%(stepsPerYear/8) == 0 {
			fmt.Printf("%6.3f %20v %8.4f %10.5f\n", t, body.Pos, r, body.Energy())
		}
	}
	fmt.Printf("perihelion %.4f AU (expected %.4f)\n", rmin, rp)
	fmt.Printf("aphelion   %.4f AU (expected %.4f)\n", rmax, a*(1+e))
	fmt.Printf("period     %.4f yr (Kepler: %.4f)\n", period, math.Pow(a, 1.5))
	dE := math.Abs(body.Energy()-e0) / math.Abs(e0)
	dL := math.Abs(body.AngularMomentum()-l0) / math.Abs(l0)
	fmt.Printf("relative energy drift below 1e-6: %t\n", dE < 1e-6)
	fmt.Printf("relative angular momentum drift below 1e-9: %t\n", dL < 1e-9)
}
