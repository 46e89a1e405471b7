package main

import (
	"errors"
	"fmt"
	"strings"
)

// Stack is a generic LIFO container.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Pop() (T, bool) {
	v, ok := s.Peek()
	if ok {
		s.items = s.items[:len(s.items)-1]
	}
	return v, ok
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Towers struct {
	pegs  [3]Stack[int]
	moves int
}

var ErrIllegal = errors.New("illegal move")

func NewTowers(n int) *Towers {
	t := &Towers{}
	for d := n; d >= 1; d-- {
		t.pegs[0].Push(d)
	}
	return t
}

func (t *Towers) Move(from, to int) error {
	disk, ok := t.pegs[from].Peek()
	if !ok {
		return fmt.Errorf("%w: peg %c is empty", ErrIllegal, 'A'+from)
	}
	if top, ok := t.pegs[to].Peek(); ok && top < disk {
		return fmt.Errorf("%w: disk %d onto %d", ErrIllegal, disk, top)
	}
	t.pegs[from].Pop()
	t.pegs[to].Push(disk)
	t.moves++
	return nil
}

func (t *Towers) String() string {
	parts := make([]string, 3)
	for i := range t.pegs {
		disks := Map(t.pegs[i].items, func(d int) string { return fmt.Sprint(d) })
		parts[i] = fmt.Sprintf("%c:[%-9s]", 'A'+i, strings.Join(disks, " "))
	}
	return strings.Join(parts, " ")
}

// Solve moves n disks recursively, calling visit after every move.
func (t *Towers) Solve(n, from, to, via int, visit func()) {
	if n == 0 {
		return
	}
	t.Solve(n-1, from, via, to, visit)
	if err := t.Move(from, to); err != nil {
		panic(err)
	}
	visit()
	t.Solve(n-1, via, to, from, visit)
}

func main() {
	t := NewTowers(3)
	fmt.Println("start   ", t)
	t.Solve(3, 0, 2, 1, func() { fmt.Printf("move %-3d %v\n", t.moves, t) })

	fmt.Println("\nillegal moves are rejected:")
	t2 := NewTowers(2)
	for _, m := range [][2]int{{1, 0}, {0, 1}, {0, 1}, {0, 2}, {1, 2}} {
		if err := t2.Move(m[0], m[1]); err != nil {
			fmt.Printf("  %c->%c: %v (illegal=%t)\n", 'A'+m[0], 'A'+m[1], err, errors.Is(err, ErrIllegal))
		} else {
			fmt.Printf("  %c->%c: ok  %v\n", 'A'+m[0], 'A'+m[1], t2)
		}
	}

	fmt.Println("\nmoves needed:")
	for n := 1; n <= 12; n += 1 + n/4 {
		tw := NewTowers(n)
		tw.Solve(n, 0, 2, 1, func() {})
		top, _ := tw.pegs[2].Peek()
		fmt.Printf("  n=%2d moves=%5d (2^n-1=%5d) top of C=%d, C has %d disks\n", n, tw.moves, 1<<n-1, top, tw.pegs[2].Len())
	}

	var words Stack[string]
	for _, w := range strings.Fields("the quick brown fox") {
		words.Push(strings.ToUpper(w))
	}
	var rev []string
	for w, ok := words.Pop(); ok; w, ok = words.Pop() {
		rev = append(rev, w)
	}
	fmt.Printf("reversed with Stack[string]: %q\n", rev)
}
