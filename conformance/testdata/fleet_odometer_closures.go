package main

import (
	"fmt"
	"strings"
)

// odometer returns a closure that accumulates kilometres.
func odometer(start int) func(int) int {
	total := start
	return func(km int) int {
		total += km
		return total
	}
}

// idGenerator returns a function producing sequential parcel IDs.
func idGenerator(prefix string) func() string {
	n := 0
	return func() string {
		n++
		return fmt.Sprintf("%s-%04d", prefix, n)
	}
}

type Middleware func(string) string

func chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for _, m := range ms {
			s = m(s)
		}
		return s
	}
}

func rateFor(baseEUR float64) func(km float64) float64 {
	return func(km float64) float64 { return baseEUR + km*0.42 }
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	odo := odometer(12000)
	for _, leg := range []int{35, 120, 8, 64} {
		fmt.Println("odometer now", odo(leg))
	}

	nextID := idGenerator("PCL")
	otherID := idGenerator("RET")
	fmt.Println(nextID(), nextID(), otherID(), nextID())

	normalize := chain(
		strings.TrimSpace,
		strings.ToUpper,
		func(s string) string { return strings.ReplaceAll(s, " ", "-") },
	)
	for _, raw := range []string{"  north route ", "city loop", " airport express"} {
		fmt.Printf("%q -> %q\n", raw, normalize(raw))
	}

	standard := rateFor(5.0)
	express := rateFor(12.5)
	fmt.Printf("standard 40 km: %6.2f EUR\n", standard(40))
	fmt.Printf("express  40 km: %6.2f EUR\n", express(40))

	// Closures capture the loop variable per iteration (Go 1.22+).
	var callbacks []func() string
	for _, stop := range []string{"A", "B", "C"} {
		callbacks = append(callbacks, func() string { return "arrived at " + stop })
	}
	for _, cb := range callbacks {
		fmt.Println(cb())
	}

	slowDistance := func(stops int) int {
		d := 0
		for i := range stops {
			d += (i%4 + 1) * 3
		}
		return d
	}
	fast, misses := memoize(slowDistance)
	for _, n := range []int{10, 20, 10, 10, 20, 5} {
		fmt.Printf("distance(%d)=%d ", n, fast(n))
	}
	fmt.Println()
	fmt.Println("cache misses:", *misses)

	counter := 0
	incr := func() { counter++ }
	for range 7 {
		incr()
	}
	fmt.Println("counter modified by closure:", counter)
}
