package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Sample is one telemetry reading from a satellite sensor.
type Sample struct {
	Sat    string
	Sensor string
	Value  float64
}

// Summary aggregates the readings for one satellite.
type Summary struct {
	Sat   string
	Count int
	Min   float64
	Max   float64
	Mean  float64
}

func summarize(sat string, values []float64) Summary {
	s := Summary{Sat: sat, Count: len(values), Min: slices.Min(values), Max: slices.Max(values)}
	total := 0.0
	for _, v := range values {
		total += v
	}
	s.Mean = total / float64(len(values))
	return s
}

func main() {
	stream := map[string][]float64{
		"SENTRY-1": {21.4, 22.0, 21.8, 23.1, 22.6},
		"AURORA-3": {-4.5, -3.9, -5.2, -4.1},
		"KESTREL":  {88.0, 87.5, 89.2, 90.1, 88.8, 87.9},
		"HALO-7":   {0.5, 0.7, 0.4},
	}

	results := make(chan Summary)
	var wg sync.WaitGroup
	for sat, values := range stream {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- summarize(sat, values)
		}()
	}

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Summary
	for s := range results {
		all = append(all, s)
	}
	// Goroutines finish in any order; sort before printing.
	slices.SortFunc(all, func(a, b Summary) int { return strings.Compare(a.Sat, b.Sat) })

	fmt.Printf("%-9s %5s %8s %8s %8s\n", "SAT", "N", "MIN", "MAX", "MEAN")
	for _, s := range all {
		fmt.Printf("%-9s %5d %8.2f %8.2f %8.2f\n", s.Sat, s.Count, s.Min, s.Max, s.Mean)
	}

	total := 0
	for _, s := range all {
		total += s.Count
	}
	fmt.Println("satellites:", len(all), "samples:", total)
}
