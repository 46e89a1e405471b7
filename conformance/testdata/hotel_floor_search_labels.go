package main

import "fmt"

// grid[floor][room]: '.' free, 'X' occupied, 'M' maintenance
var grid = []string{
	"XX.XM",
	"XXXXX",
	"X..XM",
	"XXM..",
}

func findAdjacentPair() (floor, room int, ok bool) {
outer:
	for f, row := range grid {
		for r := 0; r+1 < len(row); r++ {
			if row[r] == 'M' {
				continue outer // skip whole floor if maintenance comes first
			}
			if row[r] == '.' && row[r+1] == '.' {
				return f, r, true
			}
		}
	}
	return 0, 0, false
}

func amenities(tier int) []string {
	var list []string
	switch tier {
	case 3:
		list = append(list, "butler")
		fallthrough
	case 2:
		list = append(list, "lounge access")
		fallthrough
	case 1:
		list = append(list, "wifi")
	default:
		list = append(list, "none")
	}
	return list
}

func countdownRetries(name string, tries int) {
	attempt := 0
retry:
	attempt++
	if attempt < tries {
		fmt.Printf("  %s: key card attempt %d failed\n", name, attempt)
		goto retry
	}
	fmt.Printf("  %s: key card accepted on attempt %d\n", name, attempt)
}

func main() {
	if f, r, ok := findAdjacentPair(); ok {
		fmt.Printf("adjacent free rooms on floor %d: %d and %d\n", f+1, r+1, r+2)
	} else {
		fmt.Println("no adjacent pair found")
	}

	free := 0
	for f, row := range grid {
		for _, c := range row {
			switch c {
			case '.':
				free++
			case 'M':
				fmt.Printf("floor %d has a room in maintenance\n", f+1)
			}
		}
	}
	fmt.Println("total free rooms:", free)

	// Find the first floor that is completely full, using a labeled break.
	fullFloor := -1
search:
	for f, row := range grid {
		for _, c := range row {
			if c != 'X' {
				continue search
			}
		}
		fullFloor = f
		break search
	}
	fmt.Println("first full floor:", fullFloor+1)

	for tier := 3; tier >= 0; tier-- {
		fmt.Printf("tier %d amenities: %v\n", tier, amenities(tier))
	}

	countdownRetries("Room 214", 3)
}
