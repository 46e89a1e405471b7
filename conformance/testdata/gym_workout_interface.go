package main

import (
	"fmt"
	"strings"
)

type Exercise interface {
	Name() string
	Calories() float64
}

type Cardio struct {
	Machine string
	Minutes int
	Pace    float64 // kcal per minute
}

func (c Cardio) Name() string      { return c.Machine }
func (c Cardio) Calories() float64 { return float64(c.Minutes) * c.Pace }

type Strength struct {
	Lift   string
	Sets   int
	Reps   int
	Weight float64
}

func (s Strength) Name() string { return s.Lift }
func (s Strength) Calories() float64 {
	return float64(s.Sets*s.Reps) * s.Weight * 0.05
}

type Stretch struct {
	Pose    string
	Seconds int
}

func (s *Stretch) Name() string      { return s.Pose }
func (s *Stretch) Calories() float64 { return float64(s.Seconds) / 30 }

func describe(e Exercise) string {
	switch v := e.(type) {
	case Cardio:
		return fmt.Sprintf("cardio on %s for %d min", v.Machine, v.Minutes)
	case Strength:
		return fmt.Sprintf("%dx%d %s @ %.1fkg", v.Sets, v.Reps, v.Lift, v.Weight)
	case *Stretch:
		return fmt.Sprintf("hold %s for %ds", v.Pose, v.Seconds)
	default:
		return "unknown exercise"
	}
}

type Rest struct{}

func (Rest) Name() string      { return "rest" }
func (Rest) Calories() float64 { return 0 }

func main() {
	session := []Exercise{
		Cardio{Machine: "rower", Minutes: 10, Pace: 8.5},
		Strength{Lift: "squat", Sets: 5, Reps: 5, Weight: 100},
		Rest{},
		Strength{Lift: "bench press", Sets: 3, Reps: 8, Weight: 72.5},
		&Stretch{Pose: "pigeon", Seconds: 90},
		Cardio{Machine: "bike", Minutes: 15, Pace: 7},
	}

	var total float64
	for i, e := range session {
		fmt.Printf("%d. %-12s %-28s %6.1f kcal\n", i+1, e.Name(), describe(e), e.Calories())
		total += e.Calories()
	}
	fmt.Println(strings.Repeat("-", 56))
	fmt.Printf("total: %.1f kcal\n", total)

	var heavy []string
	for _, e := range session {
		if s, ok := e.(Strength); ok && s.Weight >= 80 {
			heavy = append(heavy, s.Lift)
		}
	}
	fmt.Println("heavy lifts:", heavy)

	counts := map[string]int{}
	for _, e := range session {
		counts[fmt.Sprintf("%T", e)]++
	}
	for _, k := range []string{"main.Cardio", "main.Strength", "*main.Stretch", "main.Rest"} {
		fmt.Printf("%-14s %d\n", k, counts[k])
	}
}
