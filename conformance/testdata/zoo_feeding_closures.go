package main

import (
	"fmt"
	"strings"
)

func portionCounter(food string) func(int) int {
	total := 0
	return func(kg int) int {
		total += kg
		fmt.Printf("  +%d kg %s (running %d)\n", kg, food, total)
		return total
	}
}

func makeSchedule(start, step, count int) func() (int, bool) {
	i := 0
	return func() (int, bool) {
		if i >= count {
			return 0, false
		}
		h := start + i*step
		i++
		return h, true
	}
}

func filter(names []string, keep func(string) bool) []string {
	var out []string
	for _, n := range names {
		if keep(n) {
			out = append(out, n)
		}
	}
	return out
}

func main() {
	meat := portionCounter("meat")
	fish := portionCounter("fish")
	fmt.Println("Portions:")
	meat(12)
	fish(3)
	meat(8)
	fish(4)
	fmt.Println("Totals:", meat(0), fish(0))

	fmt.Println("Feeding hours for the sea lions:")
	next := makeSchedule(8, 3, 4)
	for h, ok := next(); ok; h, ok = next() {
		fmt.Printf("  %02d:00\n", h)
	}

	animals := []string{"lion", "lemur", "llama", "otter", "ostrich", "zebra"}
	prefix := "l"
	startsWith := func(s string) bool { return strings.HasPrefix(s, prefix) }
	fmt.Println("Starts with l:", filter(animals, startsWith))
	prefix = "o"
	fmt.Println("Starts with o:", filter(animals, startsWith))

	var funcs []func() string
	for _, a := range animals[:3] {
		funcs = append(funcs, func() string { return "feed the " + a })
	}
	for _, f := range funcs {
		fmt.Println(f())
	}
}
