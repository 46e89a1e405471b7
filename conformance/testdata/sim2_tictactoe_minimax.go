package main

import (
	"fmt"
	"strings"
)

type Mark byte

const (
	Empty Mark = '.'
	X     Mark = 'X'
	O     Mark = 'O'
)

func (m Mark) Other() Mark {
	if m == X {
		return O
	}
	return X
}

type Board [9]Mark

var lines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8},
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8},
	{0, 4, 8}, {2, 4, 6},
}

func ParseBoard(s string) Board {
	var b Board
	for i := range b {
		b[i] = Mark(s[i])
	}
	return b
}

func (b Board) Winner() Mark {
	for _, l := range lines {
		if b[l[0]] != Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return Empty
}

func (b Board) Full() bool {
	return !strings.ContainsRune(string(b[:]), rune(Empty))
}

type Solver struct {
	memo  map[Board]int
	nodes int
}

// Score returns +10-depth style scores from X's perspective.
func (s *Solver) Score(b Board, turn Mark) int {
	if v, ok := s.memo[b]; ok {
		return v
	}
	s.nodes++
	var result int
	switch w := b.Winner(); {
	case w == X:
		result = 10
	case w == O:
		result = -10
	case b.Full():
		result = 0
	default:
		best := -100
		if turn == O {
			best = 100
		}
		for i := range b {
			if b[i] != Empty {
				continue
			}
			b[i] = turn
			v := s.Score(b, turn.Other())
			b[i] = Empty
			if v > 0 {
				v-- // prefer faster wins
			} else if v < 0 {
				v++
			}
			if (turn == X && v > best) || (turn == O && v < best) {
				best = v
			}
		}
		result = best
	}
	s.memo[b] = result
	return result
}

func (s *Solver) BestMove(b Board, turn Mark) (int, int) {
	bestIdx, bestVal := -1, 0
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = turn
		v := s.Score(b, turn.Other())
		b[i] = Empty
		if bestIdx < 0 || (turn == X && v > bestVal) || (turn == O && v < bestVal) {
			bestIdx, bestVal = i, v
		}
	}
	return bestIdx, bestVal
}

func (b Board) String() string {
	s := string(b[:])
	return s[0:3] + "\n" + s[3:6] + "\n" + s[6:9]
}

func main() {
	s := &Solver{memo: map[Board]int{}}
	b := ParseBoard(".........")
	turn := X
	for b.Winner() == Empty && !b.Full() {
		idx, val := s.BestMove(b, turn)
		b[idx] = turn
		fmt.Printf("%c plays %d (value %d)\n", turn, idx, val)
		turn = turn.Other()
	}
	fmt.Println(b)
	fmt.Printf("winner: %q, positions evaluated: %d\n", b.Winner(), s.nodes)

	puzzles := []struct {
		board string
		turn  Mark
	}{
		{"XX.OO....", X},
		{"XX.OO....", O},
		{"X.O.X....", O},
		{"O...X...X", O},
	}
	for _, p := range puzzles {
		idx, val := s.BestMove(ParseBoard(p.board), p.turn)
		fmt.Printf("%s to move %c: best square %d, value %d\n", p.board, p.turn, idx, val)
	}
}
