package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Leg struct {
	From, To string
	Km       float64
}

type Route struct {
	Name     string
	Stations []string
	Km       []float64 // distance between consecutive stations
}

// Legs yields each consecutive pair of stations.
func (r Route) Legs() iter.Seq[Leg] {
	return func(yield func(Leg) bool) {
		for i := 1; i < len(r.Stations); i++ {
			if !yield(Leg{r.Stations[i-1], r.Stations[i], r.Km[i-1]}) {
				return
			}
		}
	}
}

// Cumulative yields station name with running distance from origin.
func (r Route) Cumulative() iter.Seq2[string, float64] {
	return func(yield func(string, float64) bool) {
		total := 0.0
		if !yield(r.Stations[0], total) {
			return
		}
		for leg := range r.Legs() {
			total += leg.Km
			if !yield(leg.To, total) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	r := Route{
		Name:     "West Highland Line",
		Stations: []string{"Glasgow", "Dumbarton", "Helensburgh", "Arrochar", "Crianlarich", "Tyndrum", "Rannoch", "Fort William"},
		Km:       []float64{25.4, 12.1, 28.9, 27.0, 8.3, 38.2, 55.6},
	}

	fmt.Println("Route:", r.Name)
	for name, dist := range r.Cumulative() {
		fmt.Printf("  %6.1f km  %s\n", dist, name)
	}

	fmt.Println("Long legs (> 25 km):")
	for leg := range Filter(r.Legs(), func(l Leg) bool { return l.Km > 25 }) {
		fmt.Printf("  %s -> %s (%.1f)\n", leg.From, leg.To, leg.Km)
	}

	for name, dist := range r.Cumulative() {
		if dist > 100 {
			fmt.Printf("first station beyond 100 km: %s\n", name)
			break
		}
	}

	legs := slices.Collect(r.Legs())
	fmt.Println("number of legs:", len(legs))

	initials := map[string]string{}
	for _, s := range r.Stations {
		initials[s] = strings.ToUpper(s[:3])
	}
	var codes []string
	for _, k := range slices.Sorted(maps.Keys(initials)) {
		codes = append(codes, initials[k]+"="+k)
	}
	fmt.Println(strings.Join(codes, ", "))

	for i, s := range slices.Backward(r.Stations[len(r.Stations)-3:]) {
		fmt.Println("return journey", i, s)
	}
}
