// Lab 2 write-up helper: turn a table of (fixed, previously recorded) run
// times into speedup, efficiency and Karp-Flatt experimentally determined
// serial fraction. No timing is done here; the numbers are from the handout.
package main

import (
	"fmt"
	"strings"
)

// Measurement is one row of the lab handout.
type Measurement struct {
	Procs   int
	Seconds float64
}

// Analysis holds derived metrics for one measurement.
type Analysis struct {
	Measurement
	Speedup    float64
	Efficiency float64
	KarpFlatt  float64 // only defined for Procs > 1
}

// analyse computes metrics relative to the single-processor time t1.
func analyse(t1 float64, ms []Measurement) []Analysis {
	out := make([]Analysis, 0, len(ms))
	for _, m := range ms {
		s := t1 / m.Seconds
		a := Analysis{Measurement: m, Speedup: s, Efficiency: s / float64(m.Procs)}
		if m.Procs > 1 {
			p := float64(m.Procs)
			a.KarpFlatt = (1/s - 1/p) / (1 - 1/p)
		}
		out = append(out, a)
	}
	return out
}

func (a Analysis) String() string {
	kf := "    -"
	if a.Procs > 1 {
		kf = fmt.Sprintf("%.3f", a.KarpFlatt)
	}
	return fmt.Sprintf("%5d %9.2f %8.2f %9.1f%% %8s",
		a.Procs, a.Seconds, a.Speedup, 100*a.Efficiency, kf)
}

// gustafson gives the scaled speedup for serial fraction s on p processors.
func gustafson(s float64, p int) float64 {
	return float64(p) - s*float64(p-1)
}

func main() {
	experiments := map[string][]Measurement{
		"nbody": {{1, 240.0}, {2, 122.5}, {4, 63.1}, {8, 33.8}, {16, 19.2}, {32, 12.4}},
		"sieve": {{1, 90.0}, {2, 48.0}, {4, 27.5}, {8, 17.9}, {16, 14.1}, {32, 12.8}},
	}
	// Map iteration order is random, so print experiments in a fixed order.
	names := []string{"nbody", "sieve"}

	for _, name := range names {
		ms := experiments[name]
		fmt.Printf("== %s ==\n", name)
		fmt.Printf("%5s %9s %8s %10s %8s\n", "p", "time(s)", "speedup", "eff", "e(KF)")
		fmt.Println(strings.Repeat("-", 44))
		for _, a := range analyse(ms[0].Seconds, ms) {
			fmt.Println(a)
		}
		fmt.Println()
	}

	// A rising Karp-Flatt metric suggests parallel overhead is growing with p
	// (sieve); a flat one suggests a genuine serial fraction (nbody).
	fmt.Println("Gustafson scaled speedup (serial fraction s)")
	fmt.Printf("%5s %8s %8s %8s\n", "p", "s=0.01", "s=0.05", "s=0.20")
	for _, p := range []int{1, 4, 16, 64} {
		fmt.Printf("%5d %8.2f %8.2f %8.2f\n", p, gustafson(0.01, p), gustafson(0.05, p), gustafson(0.20, p))
	}
}
