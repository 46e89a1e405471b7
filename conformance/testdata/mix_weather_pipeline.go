package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"sync"
)

type Reading struct {
	Station       string
	TempC, RainMM float64
}

type Stats struct {
	Station                   string
	Min, Max, Mean, TotalRain float64
	Count                     int
}

func producer(readings []Reading) <-chan Reading {
	out := make(chan Reading)
	go func() {
		defer close(out)
		for _, r := range readings {
			out <- r
		}
	}()
	return out
}

func filterValid(in <-chan Reading) <-chan Reading {
	out := make(chan Reading)
	go func() {
		defer close(out)
		for r := range in {
			if r.TempC > -60 && r.TempC < 60 && r.RainMM >= 0 {
				out <- r
			}
		}
	}()
	return out
}

func aggregate(in <-chan Reading, workers int) map[string]*Stats {
	var mu sync.Mutex
	var wg sync.WaitGroup
	stats := map[string]*Stats{}
	for range workers {
		wg.Go(func() {
			for r := range in {
				mu.Lock()
				s, ok := stats[r.Station]
				if !ok {
					s = &Stats{Station: r.Station, Min: r.TempC, Max: r.TempC}
					stats[r.Station] = s
				}
				s.Min = min(s.Min, r.TempC)
				s.Max = max(s.Max, r.TempC)
				s.Mean += r.TempC
				s.TotalRain += r.RainMM
				s.Count++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	for _, s := range stats {
		s.Mean /= float64(s.Count)
	}
	return stats
}

func main() {
	var readings []Reading
	temps := map[string][]float64{
		"north": {3.5, 4.0, -2.25, 1.0, 99.0},
		"coast": {12.0, 13.5, 11.25, 14.0, 12.75},
		"hills": {7.0, 6.5, 8.0, -70, 5.5},
	}
	for _, st := range []string{"north", "coast", "hills"} {
		for d, t := range temps[st] {
			readings = append(readings, Reading{st, t, float64((d*7+len(st))%5) * 1.5})
		}
	}
	stats := aggregate(filterValid(producer(readings)), 4)
	list := slices.Collect(maps.Values(stats))
	sort.Slice(list, func(i, j int) bool { return list[i].Mean > list[j].Mean })
	fmt.Printf("%-6s %6s %6s %6s %6s %s\n", "stn", "min", "max", "mean", "rain", "n")
	for _, s := range list {
		fmt.Printf("%-6s %6.2f %6.2f %6.2f %6.1f %d\n", s.Station, s.Min, s.Max, s.Mean, s.TotalRain, s.Count)
	}
	rainy := slices.DeleteFunc(slices.Clone(list), func(s *Stats) bool { return s.TotalRain < 12 })
	fmt.Printf("rainy: %d station(s), warmest %q\n", len(rainy), rainy[0].Station)
}
