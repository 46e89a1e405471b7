package main

import (
	"fmt"
	"strings"
)

const sample = `    [D]
[N] [C]
[Z] [M] [P]
 1   2   3

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2`

const bigger = `[T]     [Q]
[V] [B] [L]     [S]
[G] [W] [R] [H] [D]
[J] [K] [C] [F] [N]
 1   2   3   4   5

move 2 from 1 to 4
move 1 from 3 to 2
move 3 from 2 to 5
move 4 from 5 to 1
move 2 from 4 to 3
move 1 from 1 to 2
move 3 from 3 to 4
move 2 from 5 to 2`

type Move struct{ N, From, To int }

type Stacks [][]byte

func parse(input string) (Stacks, []Move, error) {
	drawing, moveText, ok := strings.Cut(input, "\n\n")
	if !ok {
		return nil, nil, fmt.Errorf("missing blank line between drawing and moves")
	}
	rows := strings.Split(drawing, "\n")
	labels := strings.Fields(rows[len(rows)-1])
	stacks := make(Stacks, len(labels))
	for i := len(rows) - 2; i >= 0; i-- { // bottom row first
		for s := range stacks {
			if col := 1 + 4*s; col < len(rows[i]) && rows[i][col] != ' ' {
				stacks[s] = append(stacks[s], rows[i][col])
			}
		}
	}
	var moves []Move
	for _, line := range strings.Split(moveText, "\n") {
		var m Move
		if _, err := fmt.Sscanf(line, "move %d from %d to %d", &m.N, &m.From, &m.To); err != nil {
			return nil, nil, fmt.Errorf("bad move %q: %w", line, err)
		}
		m.From--
		m.To--
		moves = append(moves, m)
	}
	return stacks, moves, nil
}

func (s Stacks) Clone() Stacks {
	out := make(Stacks, len(s))
	for i := range s {
		out[i] = append([]byte(nil), s[i]...)
	}
	return out
}

// Apply moves crates; the CrateMover 9000 lifts one crate at a time (reversing order),
// the 9001 lifts the whole group at once.
func (s Stacks) Apply(m Move, model int) {
	src := s[m.From]
	group := append([]byte(nil), src[len(src)-m.N:]...)
	if model == 9000 {
		for i, j := 0, len(group)-1; i < j; i, j = i+1, j-1 {
			group[i], group[j] = group[j], group[i]
		}
	}
	s[m.From] = src[:len(src)-m.N]
	s[m.To] = append(s[m.To], group...)
}

func (s Stacks) Tops() string {
	var sb strings.Builder
	for _, st := range s {
		if len(st) > 0 {
			sb.WriteByte(st[len(st)-1])
		} else {
			sb.WriteByte('_')
		}
	}
	return sb.String()
}

func (s Stacks) String() string {
	parts := make([]string, len(s))
	for i, st := range s {
		parts[i] = fmt.Sprintf("%d:%-6s", i+1, st)
	}
	return strings.TrimRight(strings.Join(parts, " "), " ")
}

func main() {
	start, moves, err := parse(sample)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("sample: %d stacks, %d moves\n", len(start), len(moves))
	for _, model := range []int{9000, 9001} {
		s := start.Clone()
		fmt.Printf("  CrateMover %d start   %v\n", model, s)
		for i, m := range moves {
			s.Apply(m, model)
			fmt.Printf("  after move %d %+v %v\n", i+1, m, s)
		}
		fmt.Printf("  tops: %s\n", s.Tops())
	}

	start, moves, err = parse(bigger)
	if err != nil {
		fmt.Println(err)
		return
	}
	part1, part2 := start.Clone(), start.Clone()
	for _, m := range moves {
		part1.Apply(m, 9000)
		part2.Apply(m, 9001)
	}
	fmt.Printf("bigger input: part 1 = %s, part 2 = %s\n", part1.Tops(), part2.Tops())
	fmt.Printf("final layout (part 2): %v\n", part2)

	if _, _, err := parse("[A]\n 1\n\nmove one from 1 to 1"); err != nil {
		fmt.Println("error:", err)
	}
}
