package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrBadRoll = errors.New("invalid roll")

// ParseRolls turns a score sheet like "X 7/ 9-" into pin counts.
func ParseRolls(sheet string) ([]int, error) {
	var rolls []int
	for _, frame := range strings.Fields(sheet) {
		for i, ch := range frame {
			switch {
			case ch == 'X':
				rolls = append(rolls, 10)
			case ch == '/':
				if i == 0 {
					return nil, fmt.Errorf("%w: spare at start of %q", ErrBadRoll, frame)
				}
				rolls = append(rolls, 10-rolls[len(rolls)-1])
			case ch == '-':
				rolls = append(rolls, 0)
			case ch >= '1' && ch <= '9':
				rolls = append(rolls, int(ch-'0'))
			default:
				return nil, fmt.Errorf("%w: %q in %q", ErrBadRoll, ch, frame)
			}
		}
	}
	return rolls, nil
}

// FrameScores returns the running total after each of the 10 frames.
func FrameScores(rolls []int) [10]int {
	var totals [10]int
	score, i := 0, 0
	at := func(k int) int {
		if k < len(rolls) {
			return rolls[k]
		}
		return 0
	}
	for f := range 10 {
		switch {
		case at(i) == 10:
			score += 10 + at(i+1) + at(i+2)
			i++
		case at(i)+at(i+1) == 10:
			score += 10 + at(i+2)
			i += 2
		default:
			score += at(i) + at(i+1)
			i += 2
		}
		totals[f] = score
	}
	return totals
}

type Player struct {
	Name   string
	Sheet  string
	Totals [10]int
}

func main() {
	players := []*Player{
		{Name: "Ann", Sheet: "X 7/ 9- X -8 8/ -6 X X X81"},
		{Name: "Ben", Sheet: "9- 9- 9- 9- 9- 9- 9- 9- 9- 9-"},
		{Name: "Cass", Sheet: "X X X X X X X X X XXX"},
		{Name: "Dev", Sheet: "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/5"},
		{Name: "Eve", Sheet: "X 7/ 9? X"},
	}
	var valid []*Player
	for _, p := range players {
		rolls, err := ParseRolls(p.Sheet)
		if errors.Is(err, ErrBadRoll) {
			fmt.Printf("skipping %s: %v\n", p.Name, err)
			continue
		}
		p.Totals = FrameScores(rolls)
		valid = append(valid, p)
	}

	fmt.Printf("%-6s", "Frame")
	for f := range 10 {
		fmt.Printf("%4d", f+1)
	}
	fmt.Println()
	fmt.Println(strings.Repeat("-", 46))
	for _, p := range valid {
		fmt.Printf("%-6s", p.Name)
		for _, t := range p.Totals {
			fmt.Printf("%4d", t)
		}
		fmt.Println()
	}

	sort.Slice(valid, func(i, j int) bool { return valid[i].Totals[9] > valid[j].Totals[9] })
	fmt.Println("\nStandings:")
	for rank, p := range valid {
		fmt.Printf("%d. %-5s %3d\n", rank+1, p.Name, p.Totals[9])
	}
}
