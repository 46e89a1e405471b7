package main

import "fmt"

type Pest int

const (
	None Pest = iota
	Aphids
	Slugs
	Locusts
)

// treatments lists actions; severe pests also get the milder treatments.
func treatments(p Pest) []string {
	var out []string
	switch p {
	case Locusts:
		out = append(out, "call the agronomist")
		fallthrough
	case Slugs:
		out = append(out, "lay copper tape")
		fallthrough
	case Aphids:
		out = append(out, "release ladybirds")
	case None:
		out = append(out, "nothing to do")
	}
	return out
}

func main() {
	// A grid of greenhouse beds: each cell is a pest level.
	beds := [][]Pest{
		{None, None, Aphids, None},
		{None, Slugs, None, None},
		{None, None, None, Locusts},
		{None, None, None, None},
	}

	fmt.Println("first bed with slugs or worse:")
search:
	for r, row := range beds {
		for c, p := range row {
			if p >= Slugs {
				fmt.Printf("  row %d, col %d (level %d)\n", r, c, p)
				break search
			}
		}
	}

	fmt.Println("rows that need attention (skipping clean cells):")
rows:
	for r, row := range beds {
		for _, p := range row {
			if p != None {
				fmt.Printf("  row %d needs work\n", r)
				continue rows
			}
		}
		fmt.Printf("  row %d is clean\n", r)
	}

	for _, p := range []Pest{None, Aphids, Slugs, Locusts} {
		fmt.Printf("level %d -> %v\n", p, treatments(p))
	}

	// goto-based retry loop for a stubborn water pump.
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("pump start attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("pump started on attempt", attempts)

	// A switch with several values per case.
	for _, month := range []int{1, 4, 7, 10, 12} {
		var task string
		switch month {
		case 12, 1, 2:
			task = "repair fences"
		case 3, 4, 5:
			task = "sow seeds"
		case 6, 7, 8:
			task = "make hay"
		default:
			task = "harvest"
		}
		fmt.Printf("month %2d: %s\n", month, task)
	}
}
