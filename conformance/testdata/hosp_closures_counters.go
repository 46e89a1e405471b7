package main

import (
	"fmt"
	"strings"
)

func ticketDispenser(prefix string) func() string {
	n := 0
	return func() string {
		n++
		return fmt.Sprintf("%s-%03d", prefix, n)
	}
}

func fluidBalance() (in func(ml int), out func(ml int), net func() int) {
	total := 0
	in = func(ml int) { total += ml }
	out = func(ml int) { total -= ml }
	net = func() int { return total }
	return
}

type Rule func(temp float64) (string, bool)

func threshold(name string, limit float64, above bool) Rule {
	return func(temp float64) (string, bool) {
		if above && temp > limit || !above && temp < limit {
			return name, true
		}
		return "", false
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	er := ticketDispenser("ER")
	lab := ticketDispenser("LAB")
	fmt.Println(er(), er(), lab(), er(), lab())

	in, out, net := fluidBalance()
	in(500)
	in(250)
	out(300)
	in(100)
	out(400)
	fmt.Println("fluid balance (ml):", net())

	rules := []Rule{
		threshold("hypothermia", 35.0, false),
		threshold("fever", 38.0, true),
		threshold("hyperpyrexia", 41.0, true),
	}
	for _, t := range []float64{34.2, 36.9, 38.6, 41.3} {
		var hits []string
		for _, r := range rules {
			if name, ok := r(t); ok {
				hits = append(hits, name)
			}
		}
		if len(hits) == 0 {
			hits = []string{"normal"}
		}
		fmt.Printf("%.1f°C: %s\n", t, strings.Join(hits, ", "))
	}

	calls := 0
	slowLookup := func(bed int) int {
		calls++
		return bed*3 + 100
	}
	lookup := memo(slowLookup)
	for _, b := range []int{4, 7, 4, 4, 7, 9} {
		fmt.Print(lookup(b), " ")
	}
	fmt.Println("| underlying calls:", calls)

	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
