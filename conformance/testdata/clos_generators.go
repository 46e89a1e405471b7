package main

import (
	"fmt"
	"strings"
)

// counter returns a closure that yields successive values on each call.
func counter(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

// cycle repeats the given items forever.
func cycle[T any](items ...T) func() T {
	i := -1
	return func() T {
		i = (i + 1) % len(items)
		return items[i]
	}
}

// take calls gen n times and collects the results.
func take[T any](gen func() T, n int) []T {
	out := make([]T, 0, n)
	for range n {
		out = append(out, gen())
	}
	return out
}

type IDGen struct {
	prefix string
	next   func() int
}

func NewIDGen(prefix string) *IDGen {
	return &IDGen{prefix: prefix, next: counter(1, 1)}
}

func (g *IDGen) New() string {
	return fmt.Sprintf("%s-%04d", g.prefix, g.next())
}

func main() {
	evens := counter(0, 2)
	odds := counter(1, 2)
	fmt.Println("evens:", take(evens, 5))
	fmt.Println("odds: ", take(odds, 5))
	fmt.Println("evens continue:", take(evens, 3))

	fmt.Println("fib:  ", take(fibGen(), 12))

	colors := cycle("red", "green", "blue")
	fmt.Println("colors:", strings.Join(take(colors, 7), ","))

	gens := map[string]*IDGen{}
	var issued []string
	for _, kind := range []string{"user", "order", "user", "invoice", "order", "user"} {
		g, ok := gens[kind]
		if !ok {
			g = NewIDGen(strings.ToUpper(kind[:3]))
			gens[kind] = g
		}
		issued = append(issued, g.New())
	}
	for i, id := range issued {
		fmt.Printf("  id %d: %s\n", i, id)
	}

	// A generator of generators: each call makes a fresh countdown.
	makeCountdown := func() func() (int, bool) {
		from := counter(3, -1)
		return func() (int, bool) {
			v := from()
			return v, v >= 0
		}
	}
	for round := 1; round <= 2; round++ {
		cd := makeCountdown()
		var parts []string
		for {
			v, ok := cd()
			if !ok {
				break
			}
			parts = append(parts, fmt.Sprint(v))
		}
		fmt.Printf("round %d: %s liftoff\n", round, strings.Join(parts, "..."))
	}

	// Zipping two generators with a pair struct.
	type pair struct {
		N     int
		Color string
	}
	nums, cols := counter(10, 10), cycle("red", "blue")
	for _, p := range take(func() pair { return pair{nums(), cols()} }, 4) {
		fmt.Printf("%+v\n", p)
	}
}
