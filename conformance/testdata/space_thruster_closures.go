package main

import (
	"fmt"
	"strings"
)

// pulseCounter returns a closure that tracks how many pulses a thruster fired.
func pulseCounter(name string) (fire func(ms int) int, report func() string) {
	pulses, totalMs := 0, 0
	fire = func(ms int) int {
		pulses++
		totalMs += ms
		return pulses
	}
	report = func() string {
		return fmt.Sprintf("%s: %d pulses, %d ms", name, pulses, totalMs)
	}
	return fire, report
}

// scaler builds a function that converts thrust with a fixed efficiency.
func scaler(efficiency float64) func(float64) float64 {
	return func(newtons float64) float64 { return newtons * efficiency }
}

// compose chains transformations left to right.
func compose(fs ...func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

type Command struct {
	Axis string
	Ms   int
}

func main() {
	fireX, reportX := pulseCounter("RCS-X")
	fireY, reportY := pulseCounter("RCS-Y")

	plan := []Command{{"x", 40}, {"y", 25}, {"x", 15}, {"x", 60}, {"y", 10}}
	dispatch := map[string]func(int) int{"x": fireX, "y": fireY}
	for _, c := range plan {
		n := dispatch[c.Axis](c.Ms)
		fmt.Printf("fire %s for %2d ms (pulse #%d on this axis)\n", strings.ToUpper(c.Axis), c.Ms, n)
	}
	fmt.Println(reportX())
	fmt.Println(reportY())

	degraded := compose(scaler(0.92), scaler(0.97), func(n float64) float64 { return n - 1.5 })
	for _, nominal := range []float64{22, 110, 445} {
		fmt.Printf("nominal %6.1f N -> effective %8.2f N\n", nominal, degraded(nominal))
	}

	// Closures capture the per-iteration loop variable (Go 1.22+).
	var checks []func() string
	for i, valve := range []string{"ox", "fuel", "purge"} {
		checks = append(checks, func() string { return fmt.Sprintf("%d:%s", i, valve) })
	}
	var out []string
	for _, c := range checks {
		out = append(out, c())
	}
	fmt.Println("valve checks:", strings.Join(out, " "))

	// A memoised Fibonacci-like burn schedule.
	memo := map[int]int{}
	var schedule func(int) int
	schedule = func(n int) int {
		if n < 2 {
			return n + 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = schedule(n-1) + schedule(n-2)
		return memo[n]
	}
	fmt.Println("burn 10 duration units:", schedule(10), "memo size:", len(memo))
}
