package main

import "fmt"

type Level int

const (
	Beginner Level = iota
	Intermediate
	Advanced
)

func unlocks(l Level) []string {
	var out []string
	switch l {
	case Advanced:
		out = append(out, "olympic lifts")
		fallthrough
	case Intermediate:
		out = append(out, "barbell squat")
		fallthrough
	case Beginner:
		out = append(out, "goblet squat", "machines")
	default:
		out = append(out, "orientation")
	}
	return out
}

func main() {
	for _, l := range []Level{Beginner, Intermediate, Advanced, Level(9)} {
		fmt.Printf("level %d unlocks %v\n", l, unlocks(l))
	}

	// Find the first free slot across racks and hours using a labelled break.
	racks := [][]bool{
		{true, true, true, false},
		{true, false, true, true},
		{true, true, true, true},
	}
	foundRack, foundHour := -1, -1
search:
	for r, hours := range racks {
		for h, busy := range hours {
			if !busy {
				foundRack, foundHour = r, h
				break search
			}
		}
	}
	fmt.Printf("first free slot: rack %d hour %d\n", foundRack, foundHour)

	// Skip members who are injured with a labelled continue.
	members := map[string][]string{
		"ana": {"squat", "bench"},
		"ben": {"bench", "injured", "row"},
		"cy":  {"row", "curl"},
	}
	order := []string{"ana", "ben", "cy"}
members:
	for _, m := range order {
		for _, ex := range members[m] {
			if ex == "injured" {
				fmt.Println(m, "skipped: injured")
				continue members
			}
		}
		fmt.Println(m, "cleared for", members[m])
	}

	// A small retry loop written with goto.
	attempts := 0
	weights := []float64{120, 117.5, 115}
retry:
	w := weights[attempts]
	attempts++
	fmt.Printf("attempt %d at %.1f kg\n", attempts, w)
	if w > 116 && attempts < len(weights) {
		fmt.Println("  missed, dropping weight")
		goto retry
	}
	fmt.Println("  lift completed after", attempts, "attempts")

	for i := 1; i <= 6; i++ {
		switch {
		case i%3 == 0:
			fmt.Println(i, "burpees")
		case i%2 == 0:
			fmt.Println(i, "push-ups")
			continue
		default:
			fmt.Println(i, "squats")
		}
	}
}
