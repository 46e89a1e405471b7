package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

type Stats struct {
	N                int
	Mean, StdDev     float64
	Median, P90, Max float64
	OnTimePercent    float64
}

func summarize(delays []float64) Stats {
	s := slices.Clone(delays)
	slices.Sort(s)
	var sum, onTime float64
	for _, d := range s {
		sum += d
		if d < 5 {
			onTime++
		}
	}
	mean := sum / float64(len(s))
	var sq float64
	for _, d := range s {
		sq += (d - mean) * (d - mean)
	}
	pct := func(p float64) float64 { return s[int(p*float64(len(s)-1))] }
	return Stats{
		N: len(s), Mean: mean, StdDev: math.Sqrt(sq / float64(len(s))),
		Median: pct(0.5), P90: pct(0.9), Max: s[len(s)-1],
		OnTimePercent: onTime / float64(len(s)) * 100,
	}
}

func toDuration(min float64) time.Duration {
	return time.Duration(min * float64(time.Minute)).Round(time.Second)
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))

	lines := []string{"Coastway", "Mainline", "Branch"}
	incidentChance := map[string]float64{"Coastway": 0.05, "Mainline": 0.15, "Branch": 0.02}

	for _, line := range lines {
		delays := make([]float64, 200)
		for i := range delays {
			d := rng.ExpFloat64() * 2.5 // minutes of ordinary delay
			if rng.Float64() < incidentChance[line] {
				d += 10 + float64(rng.IntN(30))
			}
			delays[i] = math.Round(d*10) / 10
		}
		st := summarize(delays)
		fmt.Printf("%s (%d trains)\n", line, st.N)
		fmt.Printf("  mean %6.2f min  sd %6.2f  median %5.1f  p90 %5.1f  max %5.1f\n",
			st.Mean, st.StdDev, st.Median, st.P90, st.Max)
		fmt.Printf("  PPM %.1f%%  worst as duration %v\n", st.OnTimePercent, toDuration(st.Max))

		buckets := make([]int, 5)
		for _, d := range delays {
			buckets[min(int(d/5), 4)]++
		}
		for b, n := range buckets {
			label := fmt.Sprintf("%2d-%-2d", b*5, b*5+4)
			if b == 4 {
				label = "20+  "
			}
			fmt.Printf("  %s %-40s %d\n", label, strings.Repeat("#", n/5), n)
		}
	}

	perm := rng.Perm(6)
	fmt.Println("random platform order:", perm)
	fmt.Println("sample passenger count:", rng.IntN(400)+50)
}
