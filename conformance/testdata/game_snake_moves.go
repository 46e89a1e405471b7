package main

import (
	"errors"
	"fmt"
	"slices"
)

type Pos struct{ X, Y int }

type Direction rune

var deltas = map[Direction]Pos{'U': {0, -1}, 'D': {0, 1}, 'L': {-1, 0}, 'R': {1, 0}}

var (
	ErrWall = errors.New("hit the wall")
	ErrSelf = errors.New("bit its own tail")
)

type Game struct {
	W, H  int
	Body  []Pos // head is Body[0]
	Food  []Pos // upcoming food, first one is on the board
	Score int
}

func (g *Game) Step(d Direction) error {
	delta, ok := deltas[d]
	if !ok {
		return fmt.Errorf("unknown direction %q", d)
	}
	head := Pos{g.Body[0].X + delta.X, g.Body[0].Y + delta.Y}
	if head.X < 0 || head.Y < 0 || head.X >= g.W || head.Y >= g.H {
		return fmt.Errorf("at %v: %w", head, ErrWall)
	}
	ate := len(g.Food) > 0 && head == g.Food[0]
	body := g.Body
	if !ate {
		body = body[:len(body)-1] // the tail moves away this turn
	}
	if slices.Contains(body, head) {
		return fmt.Errorf("at %v: %w", head, ErrSelf)
	}
	g.Body = append([]Pos{head}, body...)
	if ate {
		g.Score += 10 * len(g.Body)
		g.Food = g.Food[1:]
	}
	return nil
}

func (g *Game) Draw() {
	for y := range g.H {
		row := make([]byte, g.W)
		for x := range g.W {
			row[x] = '.'
		}
		if len(g.Food) > 0 && g.Food[0].Y == y {
			row[g.Food[0].X] = '*'
		}
		for i, p := range g.Body {
			if p.Y == y {
				if i == 0 {
					row[p.X] = '@'
				} else {
					row[p.X] = 'o'
				}
			}
		}
		fmt.Println(string(row))
	}
}

func main() {
	g := &Game{
		W: 8, H: 5,
		Body: []Pos{{2, 2}, {1, 2}, {0, 2}},
		Food: []Pos{{5, 2}, {5, 0}, {1, 0}, {3, 4}},
	}
	moves := "RRRUULLLLDDRRDDLURUR"
	g.Draw()
	for i, m := range moves {
		err := g.Step(Direction(m))
		if err != nil {
			fmt.Printf("move %d (%c): game over, %v\n", i+1, m, err)
			switch {
			case errors.Is(err, ErrSelf):
				fmt.Println("ouch! careful with the tail")
			case errors.Is(err, ErrWall):
				fmt.Println("bonk!")
			}
			break
		}
		if (i+1)%6 == 0 {
			fmt.Printf("after %d moves: length=%d score=%d\n", i+1, len(g.Body), g.Score)
			g.Draw()
		}
	}
	fmt.Printf("final: length=%d score=%d head=%+v\n", len(g.Body), g.Score, g.Body[0])
}
