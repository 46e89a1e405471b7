package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Team struct {
	Name                 string
	Played, W, D, L      int
	GoalsFor, GoalsAgain int
}

func (t *Team) Points() int { return 3*t.W + t.D }
func (t *Team) Diff() int   { return t.GoalsFor - t.GoalsAgain }

type Match struct {
	Home, Away string
	HG, AG     int
}

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d %q: %v", e.Line, e.Text, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var ErrFormat = errors.New("want 'Home H-A Away'")

func ParseMatch(line string) (Match, error) {
	f := strings.Fields(line)
	if len(f) != 3 {
		return Match{}, ErrFormat
	}
	hs, as, ok := strings.Cut(f[1], "-")
	if !ok {
		return Match{}, ErrFormat
	}
	h, err1 := strconv.Atoi(hs)
	a, err2 := strconv.Atoi(as)
	if err := errors.Join(err1, err2); err != nil {
		return Match{}, fmt.Errorf("bad score: %w", err)
	}
	return Match{f[0], f[2], h, a}, nil
}

type Table struct {
	teams   map[string]*Team
	h2h     map[[2]string]int // points earned by [0] against [1]
	matches []Match
}

func (t *Table) team(n string) *Team {
	if t.teams[n] == nil {
		t.teams[n] = &Team{Name: n}
	}
	return t.teams[n]
}

func (t *Table) Add(m Match) {
	h, a := t.team(m.Home), t.team(m.Away)
	h.Played++
	a.Played++
	h.GoalsFor += m.HG
	h.GoalsAgain += m.AG
	a.GoalsFor += m.AG
	a.GoalsAgain += m.HG
	switch {
	case m.HG > m.AG:
		h.W++
		a.L++
		t.h2h[[2]string{h.Name, a.Name}] += 3
	case m.HG < m.AG:
		a.W++
		h.L++
		t.h2h[[2]string{a.Name, h.Name}] += 3
	default:
		h.D++
		a.D++
		t.h2h[[2]string{h.Name, a.Name}]++
		t.h2h[[2]string{a.Name, h.Name}]++
	}
}

// Ranking: points, goal difference, goals scored, head-to-head, name.
func (t *Table) Ranking() []*Team {
	out := make([]*Team, 0, len(t.teams))
	for _, tm := range t.teams {
		out = append(out, tm)
	}
	slices.SortFunc(out, func(x, y *Team) int {
		return cmp.Or(
			cmp.Compare(y.Points(), x.Points()),
			cmp.Compare(y.Diff(), x.Diff()),
			cmp.Compare(y.GoalsFor, x.GoalsFor),
			cmp.Compare(t.h2h[[2]string{y.Name, x.Name}], t.h2h[[2]string{x.Name, y.Name}]),
			strings.Compare(x.Name, y.Name),
		)
	})
	return out
}

const results = `Lions 2-1 Tigers
Bears 0-0 Wolves
Tigers 3-1 Bears
Wolves 1-2 Lions
Lions 1-3 Bears
Tigers 2-0 Wolves
Eagles x-1 Lions
Bears 1-0
Wolves 2-1 Bears
Wolves 2-0 Tigers
Hawks 1-1 Eagles`

func main() {
	tb := &Table{teams: map[string]*Team{}, h2h: map[[2]string]int{}}
	for i, line := range strings.Split(results, "\n") {
		m, err := ParseMatch(line)
		if err != nil {
			err = &ParseError{i + 1, line, err}
			var ne *strconv.NumError
			fmt.Printf("skip %v (format=%t num=%t)\n", err, errors.Is(err, ErrFormat), errors.As(err, &ne))
			continue
		}
		tb.Add(m)
	}
	fmt.Printf("%-3s %-7s %2s %2s %2s %2s %5s %3s\n", "#", "Team", "P", "W", "D", "L", "GD", "Pts")
	for i, t := range tb.Ranking() {
		fmt.Printf("%-3d %-7s %2d %2d %2d %2d %+5d %3d\n", i+1, t.Name, t.Played, t.W, t.D, t.L, t.Diff(), t.Points())
	}
}
