package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Entrant struct {
	Name   string
	Rating int
	Score  float64
	Played map[string]bool
}

type Pairing struct {
	White, Black *Entrant
}

func (p Pairing) String() string {
	if p.Black == nil {
		return fmt.Sprintf("%s gets a bye", p.White.Name)
	}
	return fmt.Sprintf("%s (%.1f) - %s (%.1f)", p.White.Name, p.White.Score, p.Black.Name, p.Black.Score)
}

// pairRound sorts by score then rating and greedily pairs each player with
// the highest-ranked opponent they have not met yet.
func pairRound(players []*Entrant) []Pairing {
	slices.SortFunc(players, func(a, b *Entrant) int {
		return cmp.Or(
			cmp.Compare(b.Score, a.Score),
			cmp.Compare(b.Rating, a.Rating),
			strings.Compare(a.Name, b.Name),
		)
	})
	used := map[string]bool{}
	var out []Pairing
	for i, p := range players {
		if used[p.Name] {
			continue
		}
		used[p.Name] = true
		paired := false
		for _, q := range players[i+1:] {
			if !used[q.Name] && !p.Played[q.Name] {
				used[q.Name] = true
				out = append(out, Pairing{p, q})
				paired = true
				break
			}
		}
		if !paired {
			out = append(out, Pairing{White: p})
		}
	}
	return out
}

func main() {
	names := []string{"Ada", "Ben", "Cleo", "Dmitri", "Eve"}
	ratings := []int{2100, 1950, 2030, 1880, 1990}
	var players []*Entrant
	for i, n := range names {
		players = append(players, &Entrant{Name: n, Rating: ratings[i], Played: map[string]bool{}})
	}
	// Higher-rated player wins; a bye is worth one point.
	for round := range 3 {
		fmt.Printf("Round %d\n", round+1)
		for _, p := range pairRound(players) {
			fmt.Println("  ", p)
			if p.Black == nil {
				p.White.Score++
				continue
			}
			p.White.Played[p.Black.Name] = true
			p.Black.Played[p.White.Name] = true
			switch {
			case p.White.Rating > p.Black.Rating+50:
				p.White.Score++
			case p.Black.Rating > p.White.Rating+50:
				p.Black.Score++
			default:
				p.White.Score += 0.5
				p.Black.Score += 0.5
			}
		}
	}
	slices.SortStableFunc(players, func(a, b *Entrant) int { return cmp.Compare(b.Score, a.Score) })
	fmt.Println("Final:")
	for i, p := range players {
		opps := make([]string, 0, len(p.Played))
		for o := range p.Played {
			opps = append(opps, o)
		}
		slices.Sort(opps)
		fmt.Printf("%d. %-7s %.1f  met %v\n", i+1, p.Name, p.Score, opps)
	}
}
