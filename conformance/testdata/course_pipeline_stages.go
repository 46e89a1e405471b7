// Lab 6a: a pipeline of stages connected by channels.
// Each stage is one goroutine, so values keep their order end to end.
// The generic helper builds a stage from an ordinary function.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func source[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func stage[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func filter[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

type Reading struct {
	Sensor string
	Value  int
	Err    error
}

func parse(line string) Reading {
	name, raw, found := strings.Cut(line, "=")
	if !found {
		return Reading{Sensor: line, Err: fmt.Errorf("missing '=' in %q", line)}
	}
	v, err := strconv.Atoi(strings.TrimSpace(raw))
	if err != nil {
		return Reading{Sensor: name, Err: err}
	}
	return Reading{Sensor: strings.TrimSpace(name), Value: v}
}

func main() {
	lines := source(
		"t1 = 21", "t2 = 19", "h1=55", "broken line", "t3 = 24",
		"t4 = x7", "h2 = 61", "t5 = -3", "t6 = 30",
	)

	readings := stage(lines, parse)

	var bad []string
	valid := filter(readings, func(r Reading) bool {
		if r.Err != nil {
			bad = append(bad, r.Err.Error()) // only this stage goroutine touches bad
			return false
		}
		return true
	})
	celsius := filter(valid, func(r Reading) bool { return strings.HasPrefix(r.Sensor, "t") })
	fahrenheit := stage(celsius, func(r Reading) string {
		f := float64(r.Value)*9/5 + 32
		return fmt.Sprintf("%-3s %4d C = %6.1f F", r.Sensor, r.Value, f)
	})

	count := 0
	for line := range fahrenheit {
		count++
		fmt.Println(line)
	}
	// The sink finished ranging, so every upstream stage has closed its output
	// and the filter goroutine that wrote bad has returned.
	fmt.Printf("%d temperature readings\n", count)
	fmt.Printf("%d rejected lines:\n", len(bad))
	for _, b := range bad {
		fmt.Println("  " + b)
	}

	// A second, numeric pipeline: squares of odd numbers, summed.
	nums := make([]int, 20)
	for i := range nums {
		nums[i] = i + 1
	}
	odd := filter(source(nums...), func(n int) bool { return n%2 == 1 })
	sq := stage(odd, func(n int) int { return n * n })
	sum := 0
	for v := range sq {
		sum += v
	}
	fmt.Println("sum of odd squares 1..20 =", sum)
}
