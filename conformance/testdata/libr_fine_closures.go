package main

import (
	"fmt"
	"sort"
)

// Policy computes a fine in cents from days overdue.
type Policy func(days int) int

func flat(perDay int) Policy {
	return func(days int) int { return perDay * days }
}

func capped(p Policy, limit int) Policy {
	return func(days int) int { return min(p(days), limit) }
}

func withGrace(p Policy, grace int) Policy {
	return func(days int) int { return p(max(days-grace, 0)) }
}

func tiered(first, after, switchDay int) Policy {
	return func(days int) int {
		if days <= switchDay {
			return days * first
		}
		return switchDay*first + (days-switchDay)*after
	}
}

// counter returns a closure that remembers how many fines it issued.
func counter() (func(int), func() (int, int)) {
	count, sum := 0, 0
	add := func(c int) {
		if c > 0 {
			count++
			sum += c
		}
	}
	report := func() (int, int) { return count, sum }
	return add, report
}

func main() {
	policies := map[string]Policy{
		"adult":    capped(flat(25), 1000),
		"child":    withGrace(flat(10), 3),
		"dvd":      tiered(100, 50, 5),
		"interlib": capped(withGrace(tiered(50, 200, 2), 1), 2500),
	}
	names := make([]string, 0, len(policies))
	for n := range policies {
		names = append(names, n)
	}
	sort.Strings(names)

	days := []int{0, 2, 5, 10, 40}
	fmt.Printf("%-9s", "policy")
	for _, d := range days {
		fmt.Printf("%7dd", d)
	}
	fmt.Println()

	add, report := counter()
	for _, n := range names {
		fmt.Printf("%-9s", n)
		for _, d := range days {
			c := policies[n](d)
			add(c)
			fmt.Printf("%8.2f", float64(c)/100)
		}
		fmt.Println()
	}
	count, sum := report()
	fmt.Printf("fines issued: %d, total $%.2f\n", count, float64(sum)/100)

	var steps []func() string
	for i := range 3 {
		steps = append(steps, func() string { return fmt.Sprintf("reminder #%d", i+1) })
	}
	for _, s := range steps {
		fmt.Println(s())
	}
}
