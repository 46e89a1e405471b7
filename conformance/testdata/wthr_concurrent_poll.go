package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Station struct {
	ID    string
	Base  float64
	Noise []float64
}

type Result struct {
	StationID string
	Samples   int
	MeanC     float64
	MaxC      float64
}

// poll simulates reading every sample of a station.
func poll(s Station) Result {
	sum, hi := 0.0, s.Base+s.Noise[0]
	for _, n := range s.Noise {
		v := s.Base + n
		sum += v
		hi = max(hi, v)
	}
	return Result{s.ID, len(s.Noise), sum / float64(len(s.Noise)), hi}
}

func main() {
	network := []Station{
		{"OSL", 4.0, []float64{-0.5, 0.2, 1.1, 0.4}},
		{"BER", 9.5, []float64{0.0, 0.3, -0.2}},
		{"MAD", 18.2, []float64{1.5, 2.1, 0.9, 1.2, 0.4}},
		{"ROM", 15.7, []float64{-1.0, 0.0, 1.0}},
		{"HEL", 1.3, []float64{-2.2, -1.4, 0.1, -0.6}},
		{"LIS", 17.0, []float64{0.8, 0.6}},
	}

	var (
		mu      sync.Mutex
		wg      sync.WaitGroup
		results []Result
		total   int
	)
	for _, st := range network {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := poll(st)
			mu.Lock()
			defer mu.Unlock()
			results = append(results, r)
			total += r.Samples
		}()
	}
	wg.Wait()

	slices.SortFunc(results, func(a, b Result) int {
		return strings.Compare(a.StationID, b.StationID)
	})
	fmt.Printf("%-4s %7s %7s %4s\n", "ID", "mean", "max", "n")
	for _, r := range results {
		fmt.Printf("%-4s %7.2f %7.2f %4d\n", r.StationID, r.MeanC, r.MaxC, r.Samples)
	}
	fmt.Println("stations polled:", len(results))
	fmt.Println("total samples:", total)

	warmest := slices.MaxFunc(results, func(a, b Result) int {
		switch {
		case a.MeanC < b.MeanC:
			return -1
		case a.MeanC > b.MeanC:
			return 1
		}
		return 0
	})
	fmt.Printf("warmest station: %s (%.2f°C)\n", warmest.StationID, warmest.MeanC)
}
