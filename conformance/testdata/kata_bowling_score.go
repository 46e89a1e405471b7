package main

import (
	"fmt"
	"strings"
)

// Game records rolls of ten-pin bowling.
type Game struct {
	rolls []int
}

func (g *Game) Roll(pins int) { g.rolls = append(g.rolls, pins) }

func (g *Game) isStrike(i int) bool { return g.rolls[i] == 10 }
func (g *Game) isSpare(i int) bool  { return g.rolls[i]+g.rolls[i+1] == 10 }

// Score returns the running frame totals and the final score.
func (g *Game) Score() ([]int, int) {
	frames := make([]int, 0, 10)
	score, i := 0, 0
	for frame := 0; frame < 10; frame++ {
		switch {
		case g.isStrike(i):
			score += 10 + g.rolls[i+1] + g.rolls[i+2]
			i++
		case g.isSpare(i):
			score += 10 + g.rolls[i+2]
			i += 2
		default:
			score += g.rolls[i] + g.rolls[i+1]
			i += 2
		}
		frames = append(frames, score)
	}
	return frames, score
}

// parse converts a notation like "X 7/ 9- ..." into rolls.
func parse(line string) *Game {
	g := &Game{}
	prev := 0
	for _, ch := range strings.ReplaceAll(line, " ", "") {
		switch ch {
		case 'X':
			g.Roll(10)
			prev = 0
		case '/':
			g.Roll(10 - prev)
			prev = 0
		case '-':
			g.Roll(0)
			prev = 0
		default:
			v := int(ch - '0')
			g.Roll(v)
			prev = v
		}
	}
	return g
}

func main() {
	games := []struct{ name, line string }{
		{"gutter", "-- -- -- -- -- -- -- -- -- --"},
		{"all ones", "11 11 11 11 11 11 11 11 11 11"},
		{"one spare", "5/ 3- -- -- -- -- -- -- -- --"},
		{"one strike", "X 34 -- -- -- -- -- -- -- --"},
		{"perfect", "X X X X X X X X X XXX"},
		{"all spares", "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/5"},
		{"mixed", "X 7/ 9- X -8 8/ -6 X X X81"},
		{"nines", "9- 9- 9- 9- 9- 9- 9- 9- 9- 9-"},
	}
	for _, tc := range games {
		g := parse(tc.line)
		frames, total := g.Score()
		fmt.Printf("%-10s %3d rolls=%2d |", tc.name, total, len(g.rolls))
		for _, f := range frames {
			fmt.Printf("%4d", f)
		}
		fmt.Println()
	}
}
