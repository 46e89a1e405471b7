// Snake on a small board, stepped by a fixed list of moves.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Dir byte

func (d Dir) Delta() (int, int) {
	switch d {
	case 'U':
		return 0, -1
	case 'D':
		return 0, 1
	case 'L':
		return -1, 0
	case 'R':
		return 1, 0
	}
	return 0, 0
}

type Pos struct{ X, Y int }

var (
	ErrWall = errors.New("hit the wall")
	ErrSelf = errors.New("bit itself")
)

type Game struct {
	W, H  int
	Body  []Pos // head first
	Food  []Pos // upcoming food positions, eaten in order
	Score int
}

func (g *Game) Step(d Dir) error {
	dx, dy := d.Delta()
	head := Pos{g.Body[0].X + dx, g.Body[0].Y + dy}
	if head.X < 0 || head.Y < 0 || head.X >= g.W || head.Y >= g.H {
		return ErrWall
	}
	ate := len(g.Food) > 0 && head == g.Food[0]
	body := g.Body
	if !ate {
		body = body[:len(body)-1] // the tail moves away this turn
	}
	if slices.Contains(body, head) {
		return ErrSelf
	}
	g.Body = append([]Pos{head}, body...)
	if ate {
		g.Score += 10
		g.Food = g.Food[1:]
	}
	return nil
}

func (g *Game) Render() string {
	var b strings.Builder
	for y := range g.H {
		for x := range g.W {
			p := Pos{x, y}
			switch {
			case p == g.Body[0]:
				b.WriteByte('@')
			case slices.Contains(g.Body, p):
				b.WriteByte('o')
			case len(g.Food) > 0 && p == g.Food[0]:
				b.WriteByte('*')
			default:
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	g := &Game{W: 8, H: 6, Body: []Pos{{2, 2}, {1, 2}}, Food: []Pos{{5, 2}, {5, 4}, {2, 4}, {2, 1}}}
	moves := "RRRDDLLLUUURRDDLURU"
	fmt.Print(g.Render())
	for i, m := range []byte(moves) {
		err := g.Step(Dir(m))
		if err != nil {
			fmt.Printf("step %2d %c: game over (%v), self=%t\n", i+1, m, err, errors.Is(err, ErrSelf))
			break
		}
		fmt.Printf("step %2d %c: head=%v len=%d score=%3d\n", i+1, m, g.Body[0], len(g.Body), g.Score)
	}
	fmt.Print(g.Render())
	fmt.Printf("remaining food: %v\n", g.Food)
}
