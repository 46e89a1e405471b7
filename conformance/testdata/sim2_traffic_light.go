package main

import (
	"fmt"
	"math/rand/v2"
)

type Phase int

const (
	NSGreen Phase = iota
	NSYellow
	EWGreen
	EWYellow
)

func (p Phase) String() string {
	return [...]string{"NS-green", "NS-yellow", "EW-green", "EW-yellow"}[p]
}

// Controller decides how long each phase lasts.
type Controller interface {
	Duration(p Phase, nsQueue, ewQueue int) int
	Name() string
}

type FixedTimer struct{ green, yellow int }

func (f FixedTimer) Name() string { return "fixed" }
func (f FixedTimer) Duration(p Phase, _, _ int) int {
	if p == NSYellow || p == EWYellow {
		return f.yellow
	}
	return f.green
}

type Adaptive struct{ min, max, yellow int }

func (a Adaptive) Name() string { return "adaptive" }
func (a Adaptive) Duration(p Phase, ns, ew int) int {
	switch p {
	case NSGreen:
		return min(a.max, max(a.min, ns))
	case EWGreen:
		return min(a.max, max(a.min, ew))
	}
	return a.yellow
}

type Intersection struct {
	ctrl       Controller
	phase      Phase
	remaining  int
	ns, ew     int
	passed     int
	waitTotal  int
	phaseCount [4]int
}

func (in *Intersection) tick(rng *rand.Rand) {
	if rng.IntN(10) < 4 {
		in.ns++
	}
	if rng.IntN(10) < 3 {
		in.ew++
	}
	if in.remaining == 0 {
		in.phase = (in.phase + 1) % 4
		in.remaining = in.ctrl.Duration(in.phase, in.ns, in.ew)
		in.phaseCount[in.phase]++
	}
	in.remaining--
	switch {
	case in.phase == NSGreen && in.ns > 0:
		in.ns--
		in.passed++
	case in.phase == EWGreen && in.ew > 0:
		in.ew--
		in.passed++
	}
	in.waitTotal += in.ns + in.ew
}

func simulate(ctrl Controller, ticks int, trace bool) {
	rng := rand.New(rand.NewPCG(7, 11))
	in := &Intersection{ctrl: ctrl, phase: EWYellow}
	for t := 1; t <= ticks; t++ {
		in.tick(rng)
		if trace && t%10 == 0 {
			fmt.Printf("  t=%3d %-9v queues ns=%2d ew=%2d passed=%d\n", t, in.phase, in.ns, in.ew, in.passed)
		}
	}
	fmt.Printf("%-8s passed=%d left=%d avg-queue=%.2f phases=%v\n",
		ctrl.Name(), in.passed, in.ns+in.ew, float64(in.waitTotal)/float64(ticks), in.phaseCount)
}

func main() {
	controllers := []Controller{
		FixedTimer{green: 8, yellow: 2},
		Adaptive{min: 3, max: 12, yellow: 2},
	}
	for i, c := range controllers {
		simulate(c, 120, i == 1)
	}
	simulate(FixedTimer{green: 4, yellow: 1}, 120, false)
}
