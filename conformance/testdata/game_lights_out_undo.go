package main

import (
	"fmt"
	"strings"
)

// Stack is a small generic LIFO used for both undo and redo.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) Clear()   { clear(s.items); s.items = s.items[:0] }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items[len(s.items)-1] = zero
	s.items = s.items[:len(s.items)-1]
	return v, true
}

const N = 5

type Board [N][N]bool

// Press toggles a light and its orthogonal neighbours. Pressing twice undoes it.
func (b *Board) Press(r, c int) {
	for _, d := range [5][2]int{{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
		rr, cc := r+d[0], c+d[1]
		if rr >= 0 && rr < N && cc >= 0 && cc < N {
			b[rr][cc] = !b[rr][cc]
		}
	}
}

func (b *Board) LitCount() (n int) {
	for _, row := range b {
		for _, on := range row {
			if on {
				n++
			}
		}
	}
	return
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, on := range row {
			sb.WriteByte(map[bool]byte{true: '*', false: '.'}[on])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Move struct{ R, C int }

type Game struct {
	board      Board
	undo, redo Stack[Move]
}

func (g *Game) Play(m Move) {
	g.board.Press(m.R, m.C)
	g.undo.Push(m)
	g.redo.Clear()
}

func (g *Game) Undo() bool {
	m, ok := g.undo.Pop()
	if ok {
		g.board.Press(m.R, m.C)
		g.redo.Push(m)
	}
	return ok
}

func (g *Game) Redo() bool {
	m, ok := g.redo.Pop()
	if ok {
		g.board.Press(m.R, m.C)
		g.undo.Push(m)
	}
	return ok
}

func main() {
	g := &Game{}
	// Scramble by pressing a few cells; the puzzle is to turn every light off.
	for _, m := range []Move{{0, 0}, {2, 2}, {4, 1}} {
		g.board.Press(m.R, m.C)
	}
	fmt.Printf("Start (%d lit):\n%v", g.board.LitCount(), g.board)

	commands := []string{"p 1 1", "p 2 2", "u", "u", "r", "u", "p 4 1", "r", "p 0 0", "p 3 3", "u", "p 2 2"}
	for _, cmd := range commands {
		var ok bool
		switch f := strings.Fields(cmd); f[0] {
		case "p":
			var m Move
			fmt.Sscan(f[1]+" "+f[2], &m.R, &m.C)
			g.Play(m)
			ok = true
		case "u":
			ok = g.Undo()
		case "r":
			ok = g.Redo()
		}
		fmt.Printf("%-8q ok=%-5t lit=%2d undo=%d redo=%d\n", cmd, ok, g.board.LitCount(), g.undo.Len(), g.redo.Len())
	}
	fmt.Print(g.board)
	if g.board.LitCount() == 0 {
		fmt.Printf("Solved with %d moves: %v\n", g.undo.Len(), g.undo.items)
	}
}
