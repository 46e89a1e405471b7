package main

import "fmt"

type Grid [][]string

func findAnimal(g Grid, target string) (int, int, bool) {
search:
	for r, row := range g {
		for c, cell := range row {
			if cell == "" {
				continue
			}
			if cell == "wall" {
				continue search
			}
			if cell == target {
				return r, c, true
			}
		}
	}
	return -1, -1, false
}

func alertLevel(level int) []string {
	var actions []string
	switch level {
	case 3:
		actions = append(actions, "close the park")
		fallthrough
	case 2:
		actions = append(actions, "evacuate nearby paths")
		fallthrough
	case 1:
		actions = append(actions, "notify keepers")
	default:
		actions = append(actions, "log only")
	}
	return actions
}

func main() {
	g := Grid{
		{"", "meerkat", "wall", "otter"},
		{"lemur", "", "", ""},
		{"wall", "otter", "", ""},
		{"", "", "tapir", "wall"},
	}
	for _, t := range []string{"otter", "tapir", "okapi"} {
		r, c, ok := findAnimal(g, t)
		fmt.Printf("%-6s found=%t at (%d,%d)\n", t, ok, r, c)
	}

	for lvl := 3; lvl >= 0; lvl-- {
		fmt.Printf("level %d: %v\n", lvl, alertLevel(lvl))
	}

	attempts := 0
retry:
	attempts++
	fmt.Println("trying to coax the tortoise, attempt", attempts)
	if attempts < 3 {
		goto retry
	}
	fmt.Println("tortoise moved after", attempts, "attempts")

	feeds := [][]int{{2, 3, 0}, {1, -1, 4}, {5, 5}}
outer:
	for i, pen := range feeds {
		total := 0
		for _, kg := range pen {
			if kg < 0 {
				fmt.Printf("pen %d: bad scale reading, skipping\n", i)
				continue outer
			}
			if kg == 0 {
				break
			}
			total += kg
		}
		fmt.Printf("pen %d: %d kg\n", i, total)
	}
}
