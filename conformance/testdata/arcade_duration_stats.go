package main

import (
	"fmt"
	"slices"
	"time"
)

type Play struct {
	Player string
	Length time.Duration
}

func average(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	var total time.Duration
	for _, d := range ds {
		total += d
	}
	return total / time.Duration(len(ds))
}

func main() {
	plays := []Play{
		{"ROX", 3*time.Minute + 12*time.Second},
		{"ZIP", 45 * time.Second},
		{"ROX", 11*time.Minute + 500*time.Millisecond},
		{"KAI", 90 * time.Second},
		{"ZIP", 2*time.Hour + 5*time.Minute},
		{"KAI", 1500 * time.Microsecond},
	}

	var all []time.Duration
	perPlayer := map[string]time.Duration{}
	for _, p := range plays {
		all = append(all, p.Length)
		perPlayer[p.Player] += p.Length
		fmt.Printf("%s %12v %10.1fs\n", p.Player, p.Length, p.Length.Seconds())
	}

	slices.Sort(all)
	fmt.Println("shortest:", all[0])
	fmt.Println("longest: ", all[len(all)-1])
	fmt.Println("average: ", average(all).Round(time.Second))
	fmt.Println("median:  ", all[len(all)/2].Truncate(time.Minute))

	names := make([]string, 0, len(perPlayer))
	for n := range perPlayer {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		d := perPlayer[n]
		fmt.Printf("%s total %v = %.2f minutes\n", n, d.Round(time.Second), d.Minutes())
	}

	rate := 15 * time.Minute
	tokens := func(d time.Duration) int { return int((d + rate - 1) / rate) }
	for _, d := range []time.Duration{time.Minute, 15 * time.Minute, 46 * time.Minute} {
		fmt.Printf("free-play pass for %v costs %d tokens\n", d, tokens(d))
	}

	parsed, err := time.ParseDuration("1h15m30s")
	fmt.Println("parsed:", parsed, err, int64(parsed/time.Second), "seconds")
	_, err = time.ParseDuration("ten minutes")
	fmt.Println("bad:", err)
	fmt.Printf("%%d of 2ms: %d, %%T: %T\n", 2*time.Millisecond, time.Second)
}
