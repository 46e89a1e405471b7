// Leaderboards sorted by several keys, with shared ranks for ties.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Entry struct {
	Player  string
	Score   int
	Seconds int // completion time, lower is better
	Deaths  int
}

// byName implements sort.Interface the old-fashioned way.
type byName []Entry

func (b byName) Len() int { return len(b) }
func (b byName) Less(i, j int) bool {
	return strings.ToLower(b[i].Player) < strings.ToLower(b[j].Player)
}
func (b byName) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func compareEntries(a, b Entry) int {
	return cmp.Or(
		cmp.Compare(b.Score, a.Score),     // higher score first
		cmp.Compare(a.Seconds, b.Seconds), // then faster time
		cmp.Compare(a.Deaths, b.Deaths),   // then fewer deaths
		strings.Compare(a.Player, b.Player),
	)
}

func printBoard(title string, es []Entry) {
	fmt.Println("--", title)
	rank := 0
	for i, e := range es {
		// Entries equal on score and time share a rank.
		if i == 0 || es[i-1].Score != e.Score || es[i-1].Seconds != e.Seconds {
			rank = i + 1
		}
		fmt.Printf("%3d. %-8s %5d pts %4ds %2d deaths\n", rank, e.Player, e.Score, e.Seconds, e.Deaths)
	}
}

func main() {
	entries := []Entry{
		{"mira", 9100, 412, 3},
		{"Bram", 8800, 390, 1},
		{"zed", 9100, 412, 1},
		{"ana", 7600, 300, 0},
		{"Kofi", 9100, 398, 5},
		{"lin", 8800, 390, 1},
		{"otto", 5000, 999, 9},
		{"Yuki", 7600, 280, 2},
	}
	byScore := slices.Clone(entries)
	slices.SortFunc(byScore, compareEntries)
	printBoard("by score, time, deaths, name", byScore)

	alpha := slices.Clone(entries)
	sort.Sort(byName(alpha))
	names := make([]string, len(alpha))
	for i, e := range alpha {
		names[i] = e.Player
	}
	fmt.Printf("alphabetical: %q\n", names)

	speed := slices.Clone(entries)
	slices.SortStableFunc(speed, func(a, b Entry) int { return cmp.Compare(a.Seconds, b.Seconds) })
	printBoard("speedrun (stable)", speed[:4])

	best := slices.MinFunc(entries, func(a, b Entry) int { return cmp.Compare(a.Deaths, b.Deaths) })
	fmt.Printf("safest player: %+v\n", best)
	i, found := slices.BinarySearchFunc(byScore, 8800, func(e Entry, score int) int { return cmp.Compare(score, e.Score) })
	fmt.Printf("first 8800 at index %d (found=%t): %s\n", i, found, byScore[i].Player)
}
