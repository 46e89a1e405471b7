package main

import "fmt"

type Tier int

const (
	Basic Tier = iota
	Silver
	Gold
	Platinum
)

var tierNames = [...]string{"Basic", "Silver", "Gold", "Platinum"}

func (t Tier) String() string { return tierNames[t] }

// perks accumulates benefits: each tier gets its own perks plus all lower ones.
func perks(t Tier) []string {
	var p []string
	switch t {
	case Platinum:
		p = append(p, "suite upgrade")
		fallthrough
	case Gold:
		p = append(p, "lounge access")
		fallthrough
	case Silver:
		p = append(p, "priority boarding")
		fallthrough
	default:
		p = append(p, "free water")
	}
	return p
}

func main() {
	for t := range Platinum + 1 {
		fmt.Printf("%-8v %v\n", t, perks(t))
	}

	// Find the first day on which every city in the route has a free hotel room.
	cities := []string{"Hanoi", "Hue", "Hoi An"}
	vacancies := [][]int{
		{0, 3, 2, 1, 4}, // Hanoi, days 0..4
		{2, 0, 1, 1, 0}, // Hue
		{1, 1, 0, 2, 3}, // Hoi An
	}
	chosen := -1
days:
	for day := range 5 {
		for c := range cities {
			if vacancies[c][day] == 0 {
				fmt.Printf("day %d: %s full, trying next day\n", day, cities[c])
				continue days
			}
		}
		chosen = day
		break
	}
	fmt.Println("all cities free on day", chosen)

	// Retry a flaky payment with goto.
	attempts := 0
	responses := []string{"timeout", "declined-retry", "ok"}
retry:
	resp := responses[attempts]
	attempts++
	if resp != "ok" && attempts < len(responses) {
		fmt.Printf("attempt %d: %s\n", attempts, resp)
		goto retry
	}
	fmt.Printf("payment %s after %d attempts\n", resp, attempts)

	// Nested search: first pair of flights whose layover is 45-90 minutes.
	arrivals := []int{560, 640, 710}
	departures := []int{655, 700, 745, 820}
outer:
	for _, a := range arrivals {
		for _, d := range departures {
			gap := d - a
			switch {
			case gap < 45:
				continue
			case gap > 90:
				fmt.Printf("arrival %d: next departure too late (%d min)\n", a, gap)
				continue outer
			}
			fmt.Printf("connect: arrive %d, depart %d (layover %d min)\n", a, d, gap)
			break outer
		}
	}
}
