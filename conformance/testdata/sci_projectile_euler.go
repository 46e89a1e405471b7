package main

import (
	"fmt"
	"math"
)

const g = 9.81 // m/s^2

type State struct {
	T, X, Y, VX, VY float64
}

type Result struct {
	Range, MaxHeight, FlightTime float64
	Steps                        int
}

// simulate integrates projectile motion with explicit Euler and a quadratic
// drag coefficient k (acceleration = -k |v| v). Landing is linearly interpolated.
func simulate(speed, angleDeg, k, dt float64) Result {
	th := angleDeg * math.Pi / 180
	s := State{VX: speed * math.Cos(th), VY: speed * math.Sin(th)}
	res := Result{}
	for {
		v := math.Hypot(s.VX, s.VY)
		ax := -k * v * s.VX
		ay := -g - k*v*s.VY
		prev := s
		s.X += s.VX * dt
		s.Y += s.VY * dt
		s.VX += ax * dt
		s.VY += ay * dt
		s.T += dt
		res.Steps++
		res.MaxHeight = math.Max(res.MaxHeight, s.Y)
		if s.Y < 0 {
			frac := prev.Y / (prev.Y - s.Y)
			res.Range = prev.X + frac*(s.X-prev.X)
			res.FlightTime = prev.T + frac*dt
			return res
		}
	}
}

func analytic(speed, angleDeg float64) Result {
	th := angleDeg * math.Pi / 180
	vy := speed * math.Sin(th)
	return Result{
		Range:      speed * speed * math.Sin(2*th) / g,
		MaxHeight:  vy * vy / (2 * g),
		FlightTime: 2 * vy / g,
	}
}

func main() {
	const v0 = 30.0
	fmt.Printf("Projectile, v0 = %.1f m/s, no drag: Euler vs analytic\n", v0)
	fmt.Println("angle   dt      range[m]  exact[m]   height[m] exact[m]  time[s]")
	for _, ang := range []float64{30, 45, 60} {
		ex := analytic(v0, ang)
		for _, dt := range []float64{0.01, 0.001} {
			r := simulate(v0, ang, 0, dt)
			fmt.Printf("%5.0f  %6.3f  %8.3f  %8.3f  %8.3f  %8.3f  %6.3f\n",
				ang, dt, r.Range, ex.Range, r.MaxHeight, ex.MaxHeight, r.FlightTime)
		}
	}

	fmt.Println("\nWith quadratic drag k = 0.01 1/m, dt = 0.001: best launch angle")
	bestAng, bestRange := 0.0, 0.0
	for ang := 20.0; ang <= 55; ang += 5 {
		r := simulate(v0, ang, 0.01, 0.001)
		marker := ""
		if r.Range > bestRange {
			bestAng, bestRange = ang, r.Range
			marker = " *"
		}
		fmt.Printf("  %4.0f deg: range %7.3f m, apex %6.3f m, %5d steps%s\n",
			ang, r.Range, r.MaxHeight, r.Steps, marker)
	}
	fmt.Printf("best angle on this grid: %.0f deg (%.3f m)\n", bestAng, bestRange)

	// Global error of Euler shrinks roughly linearly with dt.
	fmt.Println("\nConvergence of range error at 45 deg:")
	ex := analytic(v0, 45).Range
	for dt := 0.04; dt >= 0.0025; dt /= 2 {
		r := simulate(v0, 45, 0, dt)
		fmt.Printf("  dt=%-7g error=%.5f m\n", dt, math.Abs(r.Range-ex))
	}
}
