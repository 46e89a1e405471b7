package main

import "fmt"

// dewey returns the broad class name for a Dewey decimal number.
func dewey(n int) string {
	switch n / 100 {
	case 0:
		return "General works"
	case 1:
		return "Philosophy"
	case 2:
		return "Religion"
	case 3:
		return "Social sciences"
	case 4:
		return "Language"
	case 5:
		return "Science"
	case 6:
		return "Technology"
	case 7:
		return "Arts"
	case 8:
		return "Literature"
	default:
		return "History & geography"
	}
}

// perks shows switch fallthrough: higher tiers get every lower perk too.
func perks(tier string) []string {
	var p []string
	switch tier {
	case "gold":
		p = append(p, "unlimited holds")
		fallthrough
	case "silver":
		p = append(p, "free interlibrary loans")
		fallthrough
	case "bronze":
		p = append(p, "online renewals")
	default:
		p = append(p, "none")
	}
	return p
}

func main() {
	carts := [][]int{
		{510, 823, 5, 940},
		{150, -1, 700},
		{620, 999, 330},
	}

	// Stop scanning a cart when a bad label (-1) is found, but keep going
	// with the next cart.
cartLoop:
	for c, cart := range carts {
		for _, num := range cart {
			if num < 0 {
				fmt.Printf("cart %d: bad label, skipping rest\n", c)
				continue cartLoop
			}
			if num == 999 {
				fmt.Printf("cart %d: stop marker found\n", c)
				break cartLoop
			}
			fmt.Printf("cart %d: %03d -> %s\n", c, num, dewey(num))
		}
	}

	for _, t := range []string{"gold", "silver", "bronze", "basic"} {
		fmt.Printf("%-7s %v\n", t, perks(t))
	}

	// A retry loop written with goto, as in older code.
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("label printer jammed, attempt", attempts)
		goto retry
	}
	fmt.Println("label printed after", attempts, "attempts")

	grid := [3][4]string{}
outer:
	for row := range 3 {
		for col := range 4 {
			if row*4+col >= 10 {
				break outer
			}
			grid[row][col] = fmt.Sprintf("%c%d", 'A'+row, col+1)
		}
	}
	for _, row := range grid {
		fmt.Printf("%q\n", row)
	}
}
