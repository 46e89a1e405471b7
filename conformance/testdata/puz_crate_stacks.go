package main

import (
	"fmt"
	"slices"
	"strings"
)

const input = `    [D]        
[N] [C]     [S]
[Z] [M] [P] [L]
 1   2   3   4 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2
move 2 from 4 to 2
move 1 from 3 to 4`

type Stack[T any] []T

func (s *Stack[T]) Push(xs ...T) { *s = append(*s, xs...) }

func (s *Stack[T]) PopN(n int) []T {
	old := *s
	top := slices.Clone(old[len(old)-n:])
	*s = old[:len(old)-n]
	return top
}

func (s Stack[T]) Top() (T, bool) {
	var zero T
	if len(s) == 0 {
		return zero, false
	}
	return s[len(s)-1], true
}

type Move struct{ N, From, To int }

func parse() ([]Stack[byte], []Move) {
	drawing, moveText, _ := strings.Cut(input, "\n\n")
	rows := strings.Split(drawing, "\n")
	count := len(strings.Fields(rows[len(rows)-1]))
	stacks := make([]Stack[byte], count)
	for i := len(rows) - 2; i >= 0; i-- {
		for s := range count {
			if pos := 1 + 4*s; pos < len(rows[i]) && rows[i][pos] != ' ' {
				stacks[s].Push(rows[i][pos])
			}
		}
	}
	var moves []Move
	for _, line := range strings.Split(moveText, "\n") {
		var m Move
		fmt.Sscanf(line, "move %d from %d to %d", &m.N, &m.From, &m.To)
		moves = append(moves, m)
	}
	return stacks, moves
}

func run(keepOrder bool) string {
	stacks, moves := parse()
	for _, m := range moves {
		crates := stacks[m.From-1].PopN(m.N)
		if !keepOrder {
			slices.Reverse(crates)
		}
		stacks[m.To-1].Push(crates...)
	}
	var sb strings.Builder
	for _, s := range stacks {
		if c, ok := s.Top(); ok {
			sb.WriteByte(c)
		} else {
			sb.WriteByte('_')
		}
	}
	return sb.String()
}

func main() {
	fmt.Println("part 1:", run(false))
	fmt.Println("part 2:", run(true))
}
