package main

import (
	"fmt"
	"strings"
)

// tally returns a closure that counts items per animal kind.
func tally() (add func(kind string), report func() string) {
	counts := map[string]int{}
	order := []string{}
	add = func(kind string) {
		if _, seen := counts[kind]; !seen {
			order = append(order, kind)
		}
		counts[kind]++
	}
	report = func() string {
		parts := make([]string, len(order))
		for i, k := range order {
			parts[i] = fmt.Sprintf("%s=%d", k, counts[k])
		}
		return strings.Join(parts, " ")
	}
	return add, report
}

// feedScheduler returns a generator of feeding times for a pen.
func feedScheduler(pen string, startHour, every int) func() string {
	hour := startHour
	return func() string {
		s := fmt.Sprintf("%s fed at %02d:00", pen, hour)
		hour = (hour + every) % 24
		return s
	}
}

type Rule func(weightKg float64) bool

func above(limit float64) Rule { return func(w float64) bool { return w > limit } }
func below(limit float64) Rule { return func(w float64) bool { return w < limit } }

func all(rules ...Rule) Rule {
	return func(w float64) bool {
		for _, r := range rules {
			if !r(w) {
				return false
			}
		}
		return true
	}
}

func main() {
	add, report := tally()
	for _, a := range strings.Fields("sheep cow sheep hen hen hen goat cow sheep") {
		add(a)
	}
	fmt.Println("headcount:", report())

	pigs := feedScheduler("pigs", 6, 8)
	goats := feedScheduler("goats", 7, 12)
	for range 3 {
		fmt.Println(pigs())
	}
	fmt.Println(goats())
	fmt.Println(goats())

	readyForMarket := all(above(95), below(120))
	for _, w := range []float64{88.5, 101.2, 119.9, 125.0} {
		fmt.Printf("lamb %.1f kg ready: %t\n", w, readyForMarket(w))
	}

	var actions []func() string
	for _, field := range []string{"north", "south", "east"} {
		actions = append(actions, func() string { return "spray " + field })
	}
	for _, act := range actions {
		fmt.Println(act())
	}

	total := 0
	accumulate := func(bales ...int) int {
		for _, b := range bales {
			total += b
		}
		return total
	}
	accumulate(12, 8)
	accumulate(20)
	fmt.Println("bales stacked:", total)

	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			a, b = b, a+b
			return a
		}
	}()
	var rabbits []int
	for range 8 {
		rabbits = append(rabbits, fib())
	}
	fmt.Println("rabbit pairs by month:", rabbits)
}
