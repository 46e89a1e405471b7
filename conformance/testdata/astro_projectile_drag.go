package main

import (
	"fmt"
	"math"
)

const g = 9.81

type State struct {
	X, Y, VX, VY float64
}

type Projectile struct {
	Mass      float64 // kg
	DragCoeff float64 // quadratic drag constant, kg/m
}

func (p Projectile) Accel(s State) (ax, ay float64) {
	v := math.Hypot(s.VX, s.VY)
	k := p.DragCoeff / p.Mass
	ax = -k * v * s.VX
	ay = -g - k*v*s.VY
	return
}

// Fly integrates the trajectory with semi-implicit Euler until the
// projectile comes back down to y = 0.
func (p Projectile) Fly(speed, angleDeg, dt float64) (rangeX, maxY, tFlight float64) {
	rad := angleDeg * math.Pi / 180
	s := State{VX: speed * math.Cos(rad), VY: speed * math.Sin(rad)}
	t := 0.0
	for {
		ax, ay := p.Accel(s)
		prev := s
		s.VX += ax * dt
		s.VY += ay * dt
		s.X += s.VX * dt
		s.Y += s.VY * dt
		t += dt
		maxY = max(maxY, s.Y)
		if s.Y < 0 {
			// interpolate back to the ground
			frac := prev.Y / (prev.Y - s.Y)
			rangeX = prev.X + frac*(s.X-prev.X)
			tFlight = t - dt + frac*dt
			return
		}
	}
}

func main() {
	const speed = 30.0
	const dt = 0.001
	vacuum := Projectile{Mass: 0.145}
	ball := Projectile{Mass: 0.145, DragCoeff: 0.0013}

	fmt.Printf("launch speed %.1f m/s, dt = %g s\n", speed, dt)
	fmt.Printf("%6s %10s %10s %10s %10s\n", "angle", "vac range", "drag range", "drag maxY", "drag time")
	bestAngle, bestRange := 0, 0.0
	for angle := 15; angle <= 75; angle += 5 {
		rv, _, _ := vacuum.Fly(speed, float64(angle), dt)
		rd, hd, td := ball.Fly(speed, float64(angle), dt)
		fmt.Printf("%6d %10.2f %10.2f %10.2f %10.3f\n", angle, rv, rd, hd, td)
		if rd > bestRange {
			bestAngle, bestRange = angle, rd
		}
	}
	analytic := speed * speed / g
	fmt.Printf("analytic vacuum range at 45 deg: %.2f m\n", analytic)
	fmt.Printf("best angle with drag: %d deg (%.2f m)\n", bestAngle, bestRange)
	loss := 100 * (1 - bestRange/analytic)
	fmt.Printf("drag costs about %.1f%% of the range\n", loss)
}
