package main

import (
	"fmt"
	"iter"
)

type Player struct {
	Tag   string
	Seed  int
	Skill int
}

// rounds yields each round of a single-elimination bracket.
func rounds(players []Player) iter.Seq2[int, []Player] {
	return func(yield func(int, []Player) bool) {
		field := players
		for r := 1; len(field) > 1; r++ {
			if !yield(r, field) {
				return
			}
			next := make([]Player, 0, len(field)/2)
			for i := range len(field) / 2 {
				a, b := field[i], field[len(field)-1-i]
				if a.Skill >= b.Skill {
					next = append(next, a)
				} else {
					next = append(next, b)
				}
			}
			field = next
		}
	}
}

func main() {
	entrants := []Player{
		{"BLITZ", 1, 88},
		{"NOVA", 2, 91},
		{"RUSTY", 3, 70},
		{"PIXEL", 4, 77},
		{"GHOST", 5, 80},
		{"DUKE", 6, 65},
		{"VIPER", 7, 72},
		{"ZERO", 8, 60},
	}

	var champion Player
	for r, field := range rounds(entrants) {
		fmt.Printf("Round %d (%d players)\n", r, len(field))
		for i := range len(field) / 2 {
			a, b := field[i], field[len(field)-1-i]
			fmt.Printf("  #%d %-6s vs #%d %s\n", a.Seed, a.Tag, b.Seed, b.Tag)
		}
		if len(field) == 2 {
			if field[0].Skill >= field[1].Skill {
				champion = field[0]
			} else {
				champion = field[1]
			}
		}
	}
	fmt.Printf("Champion: %s (seed %d)\n", champion.Tag, champion.Seed)

	// Find the first upset using a labeled loop.
	grid := [][]int{{88, 60}, {91, 65}, {70, 80}, {77, 72}}
search:
	for i, match := range grid {
		for j := range match {
			if j == 1 && match[1] > match[0] {
				fmt.Printf("first upset in match %d: %d beat %d\n", i+1, match[1], match[0])
				break search
			}
		}
	}

	for r, field := range rounds(entrants) {
		if r == 2 {
			fmt.Println("stopped early at round", r, "with", len(field), "players")
			break
		}
	}
}
