package main

import (
	"errors"
	"fmt"
	"strings"
)

const (
	Rows = 6
	Cols = 7
)

var (
	ErrColumnFull = errors.New("column is full")
	ErrOutOfRange = errors.New("column out of range")
	ErrGameOver   = errors.New("game is over")
)

type MoveError struct {
	Player byte
	Col    int
	Err    error
}

func (e *MoveError) Error() string {
	return fmt.Sprintf("player %c, column %d: %v", e.Player, e.Col, e.Err)
}

func (e *MoveError) Unwrap() error { return e.Err }

type Game struct {
	grid   [Rows][Cols]byte
	turn   byte
	winner byte
	moves  int
}

func NewGame() *Game {
	g := &Game{turn: 'R'}
	for r := range Rows {
		for c := range Cols {
			g.grid[r][c] = '.'
		}
	}
	return g
}

func (g *Game) Drop(col int) error {
	if g.winner != 0 {
		return &MoveError{g.turn, col, ErrGameOver}
	}
	if col < 0 || col >= Cols {
		return &MoveError{g.turn, col, ErrOutOfRange}
	}
	for r := Rows - 1; r >= 0; r-- {
		if g.grid[r][col] != '.' {
			continue
		}
		g.grid[r][col] = g.turn
		g.moves++
		if g.connects(r, col) {
			g.winner = g.turn
		} else if g.turn == 'R' {
			g.turn = 'Y'
		} else {
			g.turn = 'R'
		}
		return nil
	}
	return &MoveError{g.turn, col, ErrColumnFull}
}

func (g *Game) connects(r, c int) bool {
	p := g.grid[r][c]
	dirs := [4][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}}
	for _, d := range dirs {
		count := 1
		for _, sign := range []int{1, -1} {
			rr, cc := r+sign*d[0], c+sign*d[1]
			for rr >= 0 && rr < Rows && cc >= 0 && cc < Cols && g.grid[rr][cc] == p {
				count++
				rr += sign * d[0]
				cc += sign * d[1]
			}
		}
		if count >= 4 {
			return true
		}
	}
	return false
}

func (g *Game) String() string {
	var sb strings.Builder
	for _, row := range g.grid {
		sb.WriteString("|" + string(row[:]) + "|\n")
	}
	sb.WriteString("+0123456+\n")
	return sb.String()
}

func main() {
	g := NewGame()
	script := []int{0, 0, 0, 0, 0, 0, 0, -1, 9, 3, 3, 4, 4, 5, 2, 6, 1}
	for i, col := range script {
		player := g.turn
		err := g.Drop(col)
		var me *MoveError
		switch {
		case err == nil:
			fmt.Printf("%2d. %c drops in column %d\n", i+1, player, col)
		case errors.Is(err, ErrColumnFull):
			fmt.Printf("%2d. rejected: %v (try another column)\n", i+1, err)
		case errors.As(err, &me) && me.Err == ErrOutOfRange:
			fmt.Printf("%2d. rejected: %q is not a column\n", i+1, fmt.Sprint(me.Col))
		default:
			fmt.Printf("%2d. rejected: %v\n", i+1, err)
		}
	}
	fmt.Print(g)
	if g.winner != 0 {
		fmt.Printf("Winner: %c after %d moves\n", g.winner, g.moves)
	}
}
