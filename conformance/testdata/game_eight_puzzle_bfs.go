package main

import (
	"fmt"
	"math/rand/v2"
)

type State [9]int8

var goal = State{1, 2, 3, 4, 5, 6, 7, 8, 0}

var moves = []struct {
	name   byte
	dr, dc int
}{{'U', -1, 0}, {'D', 1, 0}, {'L', 0, -1}, {'R', 0, 1}}

func (s State) blank() int {
	for i, v := range s {
		if v == 0 {
			return i
		}
	}
	panic("no blank tile")
}

// Slide moves the blank in a direction; ok is false if it would leave the board.
func (s State) Slide(dr, dc int) (State, bool) {
	b := s.blank()
	r, c := b/3+dr, b%3+dc
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return s, false
	}
	n := r*3 + c
	s[b], s[n] = s[n], s[b]
	return s, true
}

func (s State) Print() {
	for r := range 3 {
		for c := range 3 {
			if v := s[r*3+c]; v == 0 {
				fmt.Print("  .")
			} else {
				fmt.Printf("%3d", v)
			}
		}
		fmt.Println()
	}
}

func Solve(start State) (string, int) {
	type node struct {
		prev State
		move byte
	}
	seen := map[State]node{start: {}}
	queue := []State{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []byte
			for s := cur; s != start; s = seen[s].prev {
				path = append(path, seen[s].move)
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return string(path), len(seen)
		}
		for _, m := range moves {
			next, ok := cur.Slide(m.dr, m.dc)
			if _, dup := seen[next]; !ok || dup {
				continue
			}
			seen[next] = node{cur, m.name}
			queue = append(queue, next)
		}
	}
	return "", len(seen)
}

func main() {
	rng := rand.New(rand.NewPCG(7, 9))
	start := goal
	opposite := map[byte]byte{'U': 'D', 'D': 'U', 'L': 'R', 'R': 'L'}
	scramble := make([]byte, 0, 40)
	for len(scramble) < 40 {
		m := moves[rng.IntN(len(moves))]
		if n := len(scramble); n > 0 && opposite[scramble[n-1]] == m.name {
			continue // don't just undo the previous slide
		}
		if next, ok := start.Slide(m.dr, m.dc); ok {
			start = next
			scramble = append(scramble, m.name)
		}
	}
	fmt.Printf("scramble: %s\n", scramble)
	start.Print()

	path, explored := Solve(start)
	fmt.Printf("shortest solution: %q (%d moves, %d states explored)\n", path, len(path), explored)

	s := start
	for i, ch := range []byte(path) {
		for _, m := range moves {
			if m.name == ch {
				s, _ = s.Slide(m.dr, m.dc)
			}
		}
		if i == len(path)/2 {
			fmt.Println("halfway:")
			s.Print()
		}
	}
	fmt.Println("end:")
	s.Print()
	fmt.Println("solved:", s == goal)
}
