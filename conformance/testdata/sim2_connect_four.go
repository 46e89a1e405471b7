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

type Player int

const (
	None Player = iota
	Red
	Yellow
)

func (p Player) String() string {
	switch p {
	case Red:
		return "Red"
	case Yellow:
		return "Yellow"
	}
	return "None"
}

func (p Player) Symbol() byte { return ".RY"[p] }

var ErrColumnFull = errors.New("column is full")

type Board struct {
	cells [Rows][Cols]Player
}

// Drop places a piece and returns the row it landed in (0 = bottom).
func (b *Board) Drop(col int, p Player) (int, error) {
	if col < 0 || col >= Cols {
		return 0, fmt.Errorf("column %d out of range", col)
	}
	for r := 0; r < Rows; r++ {
		if b.cells[r][col] == None {
			b.cells[r][col] = p
			return r, nil
		}
	}
	return 0, ErrColumnFull
}

func (b *Board) count(r, c, dr, dc int, p Player) int {
	n := 0
	for {
		r, c = r+dr, c+dc
		if r < 0 || r >= Rows || c < 0 || c >= Cols || b.cells[r][c] != p {
			return n
		}
		n++
	}
}

// Wins reports whether the piece at (r, c) completes four in a row.
func (b *Board) Wins(r, c int) (bool, string) {
	p := b.cells[r][c]
	dirs := []struct {
		dr, dc int
		name   string
	}{{0, 1, "horizontal"}, {1, 0, "vertical"}, {1, 1, "diagonal /"}, {1, -1, "diagonal \\"}}
	for _, d := range dirs {
		total := 1 + b.count(r, c, d.dr, d.dc, p) + b.count(r, c, -d.dr, -d.dc, p)
		if total >= 4 {
			return true, d.name
		}
	}
	return false, ""
}

func (b *Board) String() string {
	var sb strings.Builder
	for r := Rows - 1; r >= 0; r-- {
		for c := 0; c < Cols; c++ {
			sb.WriteByte(b.cells[r][c].Symbol())
		}
		sb.WriteByte('\n')
	}
	sb.WriteString("0123456")
	return sb.String()
}

func play(name string, moves []int) {
	fmt.Printf("== %s ==\n", name)
	var b Board
	p := Red
	for i, col := range moves {
		r, err := b.Drop(col, p)
		if err != nil {
			fmt.Printf("move %d: %v rejected: %v\n", i+1, p, err)
			continue
		}
		if ok, how := b.Wins(r, col); ok {
			fmt.Println(&b)
			fmt.Printf("%v wins on move %d (%s)\n", p, i+1, how)
			return
		}
		if p == Red {
			p = Yellow
		} else {
			p = Red
		}
	}
	fmt.Println(&b)
	fmt.Println("no winner yet")
}

func main() {
	play("horizontal", []int{0, 0, 1, 1, 2, 2, 3})
	play("vertical", []int{4, 3, 4, 3, 4, 3, 5, 3})
	play("diagonal", []int{0, 1, 1, 2, 2, 3, 2, 3, 3, 6, 3})
	play("full column", []int{2, 2, 2, 2, 2, 2, 2, 7, 5})
}
