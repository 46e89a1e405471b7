package main

import (
	"fmt"
	"sort"
	"strings"
)

type Team struct {
	Name   string
	Rating int
	Seed   int
}

type Match struct {
	Round          int
	Home, Away     *Team
	Winner         *Team
	ScoreH, ScoreA int
}

func (m Match) String() string {
	return fmt.Sprintf("R%d: %-8s %d - %d %-8s => %s", m.Round, m.Home.Name, m.ScoreH, m.ScoreA, m.Away.Name, m.Winner.Name)
}

// play decides a match deterministically from ratings and names.
func play(round int, a, b *Team) Match {
	sa := a.Rating/10 + len(a.Name)%3 + round
	sb := b.Rating/10 + len(b.Name)%3
	m := Match{Round: round, Home: a, Away: b, ScoreH: sa % 7, ScoreA: sb % 7}
	switch {
	case m.ScoreH > m.ScoreA:
		m.Winner = a
	case m.ScoreA > m.ScoreH:
		m.Winner = b
	case a.Seed < b.Seed:
		m.Winner = a
	default:
		m.Winner = b
	}
	return m
}

func seedTeams(teams []Team) []*Team {
	ptrs := make([]*Team, len(teams))
	for i := range teams {
		ptrs[i] = &teams[i]
	}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].Rating > ptrs[j].Rating })
	for i, t := range ptrs {
		t.Seed = i + 1
	}
	// standard bracket: 1 vs n, 2 vs n-1, ...
	n := len(ptrs)
	order := make([]*Team, 0, n)
	for i := 0; i < n/2; i++ {
		order = append(order, ptrs[i], ptrs[n-1-i])
	}
	return order
}

func main() {
	teams := []Team{
		{Name: "Lions", Rating: 88}, {Name: "Tigers", Rating: 75}, {Name: "Bears", Rating: 91},
		{Name: "Wolves", Rating: 69}, {Name: "Eagles", Rating: 80}, {Name: "Sharks", Rating: 72},
		{Name: "Hawks", Rating: 84}, {Name: "Foxes", Rating: 63},
	}
	field := seedTeams(teams)
	var history []Match
	for round := 1; len(field) > 1; round++ {
		names := make([]string, len(field))
		for i, t := range field {
			names[i] = fmt.Sprintf("(%d)%s", t.Seed, t.Name)
		}
		fmt.Printf("Round %d: %s\n", round, strings.Join(names, " "))
		var next []*Team
		for i := 0; i < len(field); i += 2 {
			m := play(round, field[i], field[i+1])
			history = append(history, m)
			fmt.Println("  ", m)
			next = append(next, m.Winner)
		}
		field = next
	}
	champ := field[0]
	fmt.Printf("Champion: %+v\n", *champ)

	wins := map[string]int{}
	for _, m := range history {
		wins[m.Winner.Name]++
	}
	fmt.Println("wins:", wins)
}
