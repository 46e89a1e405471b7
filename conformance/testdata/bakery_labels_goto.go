package main

import "fmt"

type Slot struct {
	Oven  int
	Rack  int
	Taken bool
}

func main() {
	// Find the first free rack, searching ovens in order, with a labeled break.
	grid := [3][4]bool{
		{true, true, true, true},
		{true, false, true, true},
		{false, false, false, false},
	}
	var found Slot
search:
	for o, racks := range grid {
		for r, taken := range racks {
			if !taken {
				found = Slot{o + 1, r + 1, false}
				break search
			}
		}
	}
	fmt.Printf("first free slot: oven %d rack %d\n", found.Oven, found.Rack)

	// Skip whole ovens that are out of service with a labeled continue.
	broken := map[int]bool{2: true}
	free := 0
ovens:
	for o, racks := range grid {
		if broken[o+1] {
			fmt.Println("skipping oven", o+1)
			continue ovens
		}
		for _, taken := range racks {
			if !taken {
				free++
			}
		}
	}
	fmt.Println("free racks in working ovens:", free)

	// Doneness levels fall through: a darker bake also passes the lighter checks.
	for _, level := range []string{"dark", "golden", "pale", "raw"} {
		var checks []string
		switch level {
		case "dark":
			checks = append(checks, "caramelised")
			fallthrough
		case "golden":
			checks = append(checks, "crust set")
			fallthrough
		case "pale":
			checks = append(checks, "cooked through")
		default:
			checks = append(checks, "not ready")
		}
		fmt.Printf("%-6s -> %v\n", level, checks)
	}

	// A tiny retry loop written with goto, as in older C-style code.
	attempts := 0
	temp := 150
retry:
	attempts++
	temp += 30
	if temp < 230 {
		fmt.Printf("attempt %d: oven at %d, not hot enough\n", attempts, temp)
		goto retry
	}
	fmt.Printf("attempt %d: oven at %d, ready to bake\n", attempts, temp)

	// switch with no condition and an early break out of the switch.
	for _, minutes := range []int{0, 5, 20, 45} {
		switch {
		case minutes < 10:
			if minutes == 0 {
				fmt.Println("0 min: timer not started")
				break
			}
			fmt.Println(minutes, "min: just started")
		case minutes < 30:
			fmt.Println(minutes, "min: rising")
		default:
			fmt.Println(minutes, "min: check the loaf")
		}
	}
}
