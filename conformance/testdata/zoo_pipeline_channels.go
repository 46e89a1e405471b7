package main

import (
	"fmt"
	"strings"
)

type Sighting struct {
	Seq     int
	Raw     string
	Species string
	Count   int
}

func generate(lines []string) <-chan Sighting {
	out := make(chan Sighting)
	go func() {
		defer close(out)
		for i, l := range lines {
			out <- Sighting{Seq: i, Raw: l}
		}
	}()
	return out
}

func parse(in <-chan Sighting) <-chan Sighting {
	out := make(chan Sighting)
	go func() {
		defer close(out)
		for s := range in {
			fields := strings.Fields(s.Raw)
			if len(fields) != 2 {
				continue
			}
			var n int
			if _, err := fmt.Sscanf(fields[1], "%d", &n); err != nil {
				continue
			}
			s.Species = strings.ToLower(fields[0])
			s.Count = n
			out <- s
		}
	}()
	return out
}

func onlyPositive(in <-chan Sighting) <-chan Sighting {
	out := make(chan Sighting, 4)
	go func() {
		defer close(out)
		for s := range in {
			if s.Count > 0 {
				out <- s
			}
		}
	}()
	return out
}

func main() {
	census := []string{
		"Flamingo 42",
		"Meerkat 11",
		"garbage line here",
		"Capybara 0",
		"Lemur x",
		"Flamingo 3",
		"Bison 7",
	}
	totals := map[string]int{}
	var order []string
	for s := range onlyPositive(parse(generate(census))) {
		fmt.Printf("seq=%d %-9s %3d\n", s.Seq, s.Species, s.Count)
		if _, seen := totals[s.Species]; !seen {
			order = append(order, s.Species)
		}
		totals[s.Species] += s.Count
	}
	fmt.Println("Totals in first-seen order:")
	for _, sp := range order {
		fmt.Printf("  %s=%d\n", sp, totals[sp])
	}

	done := make(chan struct{})
	results := make(chan string, 1)
	go func() {
		defer close(done)
		results <- "headcount complete"
	}()
	<-done
	fmt.Println(<-results)
}
