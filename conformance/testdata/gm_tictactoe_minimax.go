package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var winLines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8},
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8},
	{0, 4, 8}, {2, 4, 6},
}

func ParseBoard(s string) Board {
	var b Board
	copy(b[:], strings.ReplaceAll(s, "/", ""))
	return b
}

func (b Board) Winner() byte {
	for _, l := range winLines {
		if b[l[0]] != '.' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b Board) Full() bool { return !strings.ContainsRune(string(b[:]), '.') }

func (b Board) String() string {
	rows := make([]string, 3)
	for r := range 3 {
		rows[r] = fmt.Sprintf(" %c | %c | %c", b[r*3], b[r*3+1], b[r*3+2])
	}
	return strings.Join(rows, "\n---+---+---\n")
}

func other(p byte) byte {
	if p == 'X' {
		return 'O'
	}
	return 'X'
}

type Searcher struct{ nodes int }

// minimax scores a position from X's point of view; faster wins score higher.
func (s *Searcher) minimax(b Board, turn byte, depth int) (score, move int) {
	s.nodes++
	switch b.Winner() {
	case 'X':
		return 10 - depth, -1
	case 'O':
		return depth - 10, -1
	}
	if b.Full() {
		return 0, -1
	}
	move = -1
	for i := range b {
		if b[i] != '.' {
			continue
		}
		b[i] = turn
		sc, _ := s.minimax(b, other(turn), depth+1)
		b[i] = '.'
		better := (turn == 'X' && sc > score) || (turn == 'O' && sc < score)
		if move == -1 || better {
			score, move = sc, i
		}
	}
	return score, move
}

func verdict(score int) string {
	switch {
	case score > 0:
		return "X wins"
	case score < 0:
		return "O wins"
	}
	return "draw"
}

func main() {
	positions := []struct {
		name  string
		board string
		turn  byte
	}{
		{"empty board", ".../.../...", 'X'},
		{"center reply", "X../.O./..X", 'O'},
		{"win in one", "XX./OO./...", 'X'},
		{"must block", "X../OO./X..", 'X'},
		{"already won", "XXX/OO./...", 'O'},
	}
	for _, p := range positions {
		b := ParseBoard(p.board)
		s := &Searcher{}
		score, move := s.minimax(b, p.turn, 0)
		where := "none"
		if move >= 0 {
			where = fmt.Sprintf("(%d,%d)", move/3, move%3)
		}
		fmt.Printf("%-13s to move %c: score %+3d -> %-6s best %-5s nodes %d\n",
			p.name, p.turn, score, verdict(score), where, s.nodes)
	}

	fmt.Println("\nself-play from an empty board:")
	b := ParseBoard(".../.../...")
	turn := byte('X')
	var history []string
	for b.Winner() == 0 && !b.Full() {
		s := &Searcher{}
		_, move := s.minimax(b, turn, 0)
		b[move] = turn
		history = append(history, fmt.Sprintf("%c%d", turn, move))
		turn = other(turn)
	}
	fmt.Println("moves:", strings.Join(history, " "))
	fmt.Println(b)
	if w := b.Winner(); w != 0 {
		fmt.Printf("winner: %c\n", w)
	} else {
		fmt.Println("result: draw (perfect play)")
	}
}
