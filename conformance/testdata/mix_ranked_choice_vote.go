package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Ballot []string

type Round struct {
	Number int
	Counts map[string]int
}

func firstChoice(b Ballot, alive map[string]bool) (string, bool) {
	for _, c := range b {
		if alive[c] {
			return c, true
		}
	}
	return "", false
}

func RankedChoice(ballots []Ballot, candidates []string) (string, []Round) {
	alive := map[string]bool{}
	for _, c := range candidates {
		alive[c] = true
	}
	var rounds []Round
	for n := 1; ; n++ {
		counts := map[string]int{}
		for c := range alive {
			counts[c] = 0
		}
		active := 0
		for _, b := range ballots {
			if c, ok := firstChoice(b, alive); ok {
				counts[c]++
				active++
			}
		}
		rounds = append(rounds, Round{n, counts})
		names := slices.Sorted(maps.Keys(counts))
		leader := slices.MaxFunc(names, func(a, b string) int {
			return cmp.Or(cmp.Compare(counts[a], counts[b]), cmp.Compare(b, a))
		})
		if counts[leader]*2 > active || len(alive) == 1 {
			return leader, rounds
		}
		loser := slices.MinFunc(names, func(a, b string) int {
			return cmp.Or(cmp.Compare(counts[a], counts[b]), cmp.Compare(a, b))
		})
		delete(alive, loser)
	}
}

func parse(s string) []Ballot {
	var out []Ballot
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		count, prefs, _ := strings.Cut(line, ":")
		var n int
		fmt.Sscanf(count, "%d", &n)
		for range n {
			out = append(out, Ballot(strings.Split(prefs, ">")))
		}
	}
	return out
}

func main() {
	data := `
5:Alice>Bob>Cara
4:Bob>Cara>Alice
3:Cara>Bob>Alice
2:Dan>Cara>Bob
1:Dan
`
	ballots := parse(data)
	fmt.Println("ballots:", len(ballots))
	winner, rounds := RankedChoice(ballots, []string{"Alice", "Bob", "Cara", "Dan"})
	for _, r := range rounds {
		fmt.Printf("round %d: %v\n", r.Number, r.Counts)
	}
	fmt.Printf("winner: %q after %d rounds\n", winner, len(rounds))
}
