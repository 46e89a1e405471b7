package main

import (
	"fmt"
	"math"
	"strings"
)

// Reading is a raw sample from a car's sensor bus.
type Reading struct {
	Seq   int
	Kind  string
	Value float64
}

// generate emits readings on a channel and closes it when done.
func generate(raw []Reading) <-chan Reading {
	out := make(chan Reading)
	go func() {
		defer close(out)
		for _, r := range raw {
			out <- r
		}
	}()
	return out
}

// validate drops impossible values and forwards the rest.
func validate(in <-chan Reading, rejected chan<- string) <-chan Reading {
	out := make(chan Reading)
	go func() {
		defer close(out)
		defer close(rejected)
		for r := range in {
			if math.IsNaN(r.Value) || r.Value < 0 {
				rejected <- fmt.Sprintf("#%d %s=%v", r.Seq, r.Kind, r.Value)
				continue
			}
			out <- r
		}
	}()
	return out
}

// smooth keeps a running average per kind.
func smooth(in <-chan Reading) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		sum := map[string]float64{}
		n := map[string]int{}
		for r := range in {
			sum[r.Kind] += r.Value
			n[r.Kind]++
			avg := sum[r.Kind] / float64(n[r.Kind])
			out <- fmt.Sprintf("#%02d %-6s raw=%7.2f avg=%7.2f", r.Seq, r.Kind, r.Value, avg)
		}
	}()
	return out
}

func main() {
	raw := []Reading{
		{1, "load", 320},
		{2, "temp", 21.4},
		{3, "load", 410},
		{4, "speed", 1.5},
		{5, "load", -5},
		{6, "temp", 22.0},
		{7, "speed", math.NaN()},
		{8, "load", 395},
		{9, "speed", 1.7},
		{10, "temp", 23.1},
	}

	rejected := make(chan string, len(raw))
	results := smooth(validate(generate(raw), rejected))

	count := 0
	for line := range results {
		count++
		fmt.Println(line)
	}
	var bad []string
	for r := range rejected {
		bad = append(bad, r)
	}
	fmt.Printf("accepted %d, rejected %d: %s\n", count, len(bad), strings.Join(bad, "; "))
}
