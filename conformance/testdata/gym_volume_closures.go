package main

import (
	"fmt"
	"sort"
)

// volumeTracker returns a closure that records a set and
// returns the running training volume (weight x reps).
func volumeTracker() func(weight float64, reps int) float64 {
	total := 0.0
	return func(weight float64, reps int) float64 {
		total += weight * float64(reps)
		return total
	}
}

func makeProgression(start, step float64) func() float64 {
	next := start
	return func() float64 {
		w := next
		next += step
		return w
	}
}

func filter(sets []int, keep func(int) bool) []int {
	var out []int
	for _, s := range sets {
		if keep(s) {
			out = append(out, s)
		}
	}
	return out
}

func main() {
	squat := volumeTracker()
	deadlift := volumeTracker()

	fmt.Printf("squat volume: %.1f\n", squat(100, 5))
	fmt.Printf("squat volume: %.1f\n", squat(105, 5))
	fmt.Printf("deadlift volume: %.1f\n", deadlift(140, 3))
	fmt.Printf("squat volume: %.1f\n", squat(110, 3))

	bench := makeProgression(60, 2.5)
	for week := 1; week <= 4; week++ {
		fmt.Printf("week %d bench: %.1f kg\n", week, bench())
	}

	reps := []int{12, 8, 5, 15, 3, 10, 6}
	threshold := 8
	hypertrophy := filter(reps, func(r int) bool { return r >= threshold })
	threshold = 6
	strength := filter(reps, func(r int) bool { return r < threshold })
	fmt.Println("hypertrophy sets:", hypertrophy)
	fmt.Println("strength sets:", strength)

	type lift struct {
		name string
		max  float64
	}
	lifts := []lift{{"press", 55}, {"deadlift", 180}, {"squat", 150}, {"bench", 95}}
	sort.Slice(lifts, func(i, j int) bool { return lifts[i].max > lifts[j].max })
	for _, l := range lifts {
		fmt.Printf("%-9s %6.1f\n", l.name, l.max)
	}

	var callbacks []func() string
	for _, l := range lifts {
		callbacks = append(callbacks, func() string {
			return fmt.Sprintf("warm-up for %s: %.1f", l.name, l.max*0.5)
		})
	}
	for _, cb := range callbacks {
		fmt.Println(cb())
	}
}
