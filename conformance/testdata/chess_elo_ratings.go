package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Player struct {
	Name   string
	Rating float64
	Games  int
}

// Expected returns the expected score of a against b.
func Expected(a, b float64) float64 {
	return 1 / (1 + math.Pow(10, (b-a)/400))
}

func kFactor(p *Player) float64 {
	switch {
	case p.Games < 30:
		return 40
	case p.Rating < 2400:
		return 20
	default:
		return 10
	}
}

// Update applies a game result: score is 1, 0.5 or 0 from a's perspective.
func Update(a, b *Player, score float64) {
	ea := Expected(a.Rating, b.Rating)
	eb := 1 - ea
	ka, kb := kFactor(a), kFactor(b)
	a.Rating += ka * (score - ea)
	b.Rating += kb * ((1 - score) - eb)
	a.Games++
	b.Games++
}

type game struct {
	white, black string
	result       string
}

func main() {
	players := map[string]*Player{
		"Alice": {Name: "Alice", Rating: 1500, Games: 5},
		"Boris": {Name: "Boris", Rating: 1720, Games: 80},
		"Chen":  {Name: "Chen", Rating: 2410, Games: 300},
		"Dana":  {Name: "Dana", Rating: 1980, Games: 45},
	}
	games := []game{
		{"Alice", "Boris", "1-0"},
		{"Chen", "Dana", "1/2-1/2"},
		{"Boris", "Dana", "0-1"},
		{"Alice", "Chen", "0-1"},
		{"Dana", "Alice", "1/2-1/2"},
	}
	fmt.Printf("%-6s vs %-6s expected %.3f\n", "Alice", "Chen", Expected(1500, 2410))
	for i, g := range games {
		var s float64
		switch g.result {
		case "1-0":
			s = 1
		case "0-1":
			s = 0
		default:
			s = 0.5
		}
		w, b := players[g.white], players[g.black]
		Update(w, b, s)
		fmt.Printf("game %d: %-5s %7s %-5s -> %8.2f %8.2f\n", i+1, g.white, g.result, g.black, w.Rating, b.Rating)
	}
	list := make([]*Player, 0, len(players))
	for _, p := range players {
		list = append(list, p)
	}
	slices.SortFunc(list, func(x, y *Player) int {
		if x.Rating != y.Rating {
			if x.Rating > y.Rating {
				return -1
			}
			return 1
		}
		return strings.Compare(x.Name, y.Name)
	})
	fmt.Println("Final standings:")
	for rank, p := range list {
		fmt.Printf("%2d. %-6s %7.1f (%d games, K=%v)\n", rank+1, p.Name, p.Rating, p.Games, kFactor(p))
	}
}
