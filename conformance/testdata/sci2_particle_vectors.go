package main

import (
	"fmt"
	"math"
	"sort"
)

type Vec2 struct{ X, Y float64 }

func (a Vec2) Add(b Vec2) Vec2      { return Vec2{a.X + b.X, a.Y + b.Y} }
func (a Vec2) Sub(b Vec2) Vec2      { return Vec2{a.X - b.X, a.Y - b.Y} }
func (a Vec2) Scale(s float64) Vec2 { return Vec2{a.X * s, a.Y * s} }
func (a Vec2) Dot(b Vec2) float64   { return a.X*b.X + a.Y*b.Y }
func (a Vec2) Len() float64         { return math.Hypot(a.X, a.Y) }
func (a Vec2) String() string       { return fmt.Sprintf("(%8.4f, %8.4f)", a.X, a.Y) }

type Particle struct {
	Name string
	Mass float64
	Pos  Vec2
	Vel  Vec2
}

func (p *Particle) Momentum() Vec2 { return p.Vel.Scale(p.Mass) }
func (p *Particle) Kinetic() float64 {
	return 0.5 * p.Mass * p.Vel.Dot(p.Vel)
}

type System []*Particle

const G = 1.0

func (s System) Accelerations() []Vec2 {
	acc := make([]Vec2, len(s))
	for i, a := range s {
		for j, b := range s {
			if i == j {
				continue
			}
			d := b.Pos.Sub(a.Pos)
			r := d.Len() + 0.01 // softening
			acc[i] = acc[i].Add(d.Scale(G * b.Mass / (r * r * r)))
		}
	}
	return acc
}

// Step uses velocity Verlet (kick-drift-kick).
func (s System) Step(dt float64) {
	acc := s.Accelerations()
	for i, p := range s {
		p.Vel = p.Vel.Add(acc[i].Scale(dt / 2))
		p.Pos = p.Pos.Add(p.Vel.Scale(dt))
	}
	acc = s.Accelerations()
	for i, p := range s {
		p.Vel = p.Vel.Add(acc[i].Scale(dt / 2))
	}
}

func (s System) Totals() (Vec2, float64) {
	var mom Vec2
	energy := 0.0
	for i, p := range s {
		mom = mom.Add(p.Momentum())
		energy += p.Kinetic()
		for _, q := range s[i+1:] {
			energy -= G * p.Mass * q.Mass / (q.Pos.Sub(p.Pos).Len() + 0.01)
		}
	}
	return mom, energy
}

func main() {
	sys := System{
		{"sun", 100, Vec2{0, 0}, Vec2{0, 0}},
		{"planet", 1, Vec2{10, 0}, Vec2{0, math.Sqrt(100.0 / 10)}},
		{"moon", 0.01, Vec2{11, 0}, Vec2{0, math.Sqrt(100.0/10) + 1}},
	}
	// Zero total momentum by adjusting the sun
	mom, _ := sys.Totals()
	sys[0].Vel = sys[0].Vel.Sub(mom.Scale(1 / sys[0].Mass))

	mom0, e0 := sys.Totals()
	fmt.Printf("initial momentum %v energy %.6f\n", mom0, e0)
	dt := 0.005
	for step := 1; step <= 2000; step++ {
		sys.Step(dt)
		if step%400 == 0 {
			m, e := sys.Totals()
			fmt.Printf("t=%5.2f planet=%v |p|=%.1e dE=%+.2e\n", float64(step)*dt, sys[1].Pos, math.Round(m.Len()*1e9)/1e9, e-e0)
		}
	}
	sorted := append(System(nil), sys...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Kinetic() > sorted[j].Kinetic() })
	for _, p := range sorted {
		fmt.Printf("%-7s KE=%10.5f speed=%8.4f dist=%8.4f\n", p.Name, p.Kinetic(), p.Vel.Len(), p.Pos.Len())
	}
	a, b := Vec2{3, 4}, Vec2{-4, 3}
	fmt.Printf("|a|=%.1f a.b=%.1f angle=%.4f rad\n", a.Len(), a.Dot(b), math.Acos(a.Dot(b)/(a.Len()*b.Len())))
}
