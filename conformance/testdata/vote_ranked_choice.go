package main

import (
	"fmt"
	"slices"
	"strings"
)

type RankedBallot []string

// firstActive returns the highest-ranked candidate not yet eliminated.
func (b RankedBallot) firstActive(out map[string]bool) (string, bool) {
	for _, c := range b {
		if !out[c] {
			return c, true
		}
	}
	return "", false
}

type RoundResult struct {
	Round     int
	Counts    map[string]int
	Exhausted int
}

func (r RoundResult) Line() string {
	names := make([]string, 0, len(r.Counts))
	for n := range r.Counts {
		names = append(names, n)
	}
	slices.Sort(names)
	parts := make([]string, 0, len(names))
	for _, n := range names {
		parts = append(parts, fmt.Sprintf("%s=%d", n, r.Counts[n]))
	}
	return fmt.Sprintf("round %d: %s (exhausted %d)", r.Round, strings.Join(parts, " "), r.Exhausted)
}

func instantRunoff(ballots []RankedBallot, candidates []string) (string, []RoundResult) {
	out := map[string]bool{}
	var rounds []RoundResult
	for round := 1; ; round++ {
		res := RoundResult{Round: round, Counts: map[string]int{}}
		for _, c := range candidates {
			if !out[c] {
				res.Counts[c] = 0
			}
		}
		for _, b := range ballots {
			if c, ok := b.firstActive(out); ok {
				res.Counts[c]++
			} else {
				res.Exhausted++
			}
		}
		rounds = append(rounds, res)
		active := len(ballots) - res.Exhausted
		lowest, lowCount := "", active+1
		for _, c := range candidates {
			if out[c] {
				continue
			}
			n := res.Counts[c]
			if 2*n > active {
				return c, rounds
			}
			if n < lowCount || (n == lowCount && c > lowest) {
				lowest, lowCount = c, n
			}
		}
		out[lowest] = true
	}
}

func main() {
	raw := []string{
		"Ana>Bo>Cy", "Ana>Cy", "Bo>Cy>Ana", "Bo>Ana", "Cy>Bo",
		"Cy>Bo>Ana", "Dee>Cy>Bo", "Dee>Ana", "Bo>Dee", "Ana>Dee>Bo",
		"Cy>Ana", "Dee", "Bo>Cy",
	}
	ballots := make([]RankedBallot, 0, len(raw))
	for _, r := range raw {
		ballots = append(ballots, RankedBallot(strings.Split(r, ">")))
	}
	candidates := []string{"Ana", "Bo", "Cy", "Dee"}
	fmt.Printf("%d ballots, %d candidates\n", len(ballots), len(candidates))
	winner, rounds := instantRunoff(ballots, candidates)
	for _, r := range rounds {
		fmt.Println(r.Line())
	}
	fmt.Printf("winner after %d rounds: %s\n", len(rounds), winner)
	first := rounds[0].Counts
	plurality := slices.MaxFunc(candidates, func(a, b string) int { return first[a] - first[b] })
	fmt.Printf("plurality leader in round 1: %s with %d first preferences\n", plurality, first[plurality])
}
