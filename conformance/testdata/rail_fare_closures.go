package main

import (
	"fmt"
	"sort"
	"strings"
)

type FareRule func(km float64, fare float64) float64

func perKm(rate float64) FareRule {
	return func(km, fare float64) float64 { return fare + km*rate }
}

func minimum(floor float64) FareRule {
	return func(_, fare float64) float64 { return max(fare, floor) }
}

func discount(pct float64) FareRule {
	return func(_, fare float64) float64 { return fare * (1 - pct/100) }
}

func chain(rules ...FareRule) FareRule {
	return func(km, fare float64) float64 {
		for _, r := range rules {
			fare = r(km, fare)
		}
		return fare
	}
}

// ticketMachine returns a closure that numbers tickets sequentially.
func ticketMachine(prefix string) func(string) string {
	next := 0
	return func(route string) string {
		next++
		return fmt.Sprintf("%s-%04d %s", prefix, next, route)
	}
}

func main() {
	standard := chain(perKm(0.28), minimum(3.50))
	railcard := chain(standard, discount(33))
	offPeak := chain(perKm(0.12), minimum(2.80))

	fares := map[string]FareRule{"standard": standard, "railcard": railcard, "off-peak": offPeak}
	names := make([]string, 0, len(fares))
	for n := range fares {
		names = append(names, n)
	}
	sort.Strings(names)

	trips := []struct {
		Route string
		Km    float64
	}{{"Brighton-Hove", 2.6}, {"Brighton-Lewes", 13.1}, {"Brighton-London", 82.4}}

	fmt.Printf("%-16s", "route")
	for _, n := range names {
		fmt.Printf("%10s", n)
	}
	fmt.Println()
	for _, t := range trips {
		fmt.Printf("%-16s", t.Route)
		for _, n := range names {
			fmt.Printf("%10.2f", fares[n](t.Km, 0))
		}
		fmt.Println()
	}

	issue := ticketMachine("BTN")
	other := ticketMachine("LWS")
	fmt.Println(issue("to London"))
	fmt.Println(issue("to Hove"))
	fmt.Println(other("to Brighton"))
	fmt.Println(issue("to Lewes"))

	var actions []func() string
	for i, stop := range []string{"Preston Park", "Hassocks", "Haywards Heath"} {
		actions = append(actions, func() string { return fmt.Sprintf("%d:%s", i+1, stop) })
	}
	var out []string
	for _, a := range actions {
		out = append(out, a())
	}
	fmt.Println("announcements:", strings.Join(out, ", "))

	total := 0.0
	add := func(x float64) { total += x }
	for _, t := range trips {
		add(railcard(t.Km, 0))
	}
	fmt.Printf("railcard spend for all trips: %.2f\n", total)
}
