package main

import (
	"fmt"
	"strings"
)

// Board is a tic-tac-toe grid: the smallest board game for a full search.
type Board [9]byte

var lines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8},
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8},
	{0, 4, 8}, {2, 4, 6},
}

func (b Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != ' ' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b Board) Full() bool { return !strings.ContainsRune(string(b[:]), ' ') }

func (b Board) String() string {
	rows := make([]string, 3)
	for r := range 3 {
		rows[r] = strings.ReplaceAll(string(b[r*3:r*3+3]), " ", ".")
	}
	return strings.Join(rows, "/")
}

func other(p byte) byte {
	if p == 'X' {
		return 'O'
	}
	return 'X'
}

// minimax returns the score for X (+1 win, 0 draw, -1 loss) and the best move.
func minimax(b *Board, player byte, nodes *int) (int, int) {
	*nodes++
	switch w := b.Winner(); {
	case w == 'X':
		return 1, -1
	case w == 'O':
		return -1, -1
	case b.Full():
		return 0, -1
	}
	best, bestMove := -2, -1
	if player == 'O' {
		best = 2
	}
	for i := range 9 {
		if b[i] != ' ' {
			continue
		}
		b[i] = player
		s, _ := minimax(b, other(player), nodes)
		b[i] = ' '
		if (player == 'X' && s > best) || (player == 'O' && s < best) {
			best, bestMove = s, i
		}
	}
	return best, bestMove
}

func main() {
	var b Board
	for i := range b {
		b[i] = ' '
	}
	nodes := 0
	score, _ := minimax(&b, 'X', &nodes)
	fmt.Printf("empty board: value %+d, %d nodes searched\n", score, nodes)

	player := byte('X')
	for ply := 1; b.Winner() == 0 && !b.Full(); ply++ {
		n := 0
		s, mv := minimax(&b, player, &n)
		b[mv] = player
		fmt.Printf("ply %d: %c plays %d (eval %+d, %6d nodes) %v\n", ply, player, mv, s, n, b)
		player = other(player)
	}
	if w := b.Winner(); w != 0 {
		fmt.Printf("result: %c wins\n", w)
	} else {
		fmt.Printf("result: draw, board full=%t\n", b.Full())
	}

	puzzle := Board{'X', 'O', ' ', ' ', 'X', ' ', 'O', ' ', ' '}
	n := 0
	s, mv := minimax(&puzzle, 'O', &n)
	fmt.Printf("puzzle %v, O to move: best %d, eval %+d\n", puzzle, mv, s)
	puzzle[mv] = 'O'
	s, mv = minimax(&puzzle, 'X', &n)
	fmt.Printf("then X: best %d, eval %+d\n", mv, s)
}
