package main

import (
	"fmt"
	"strings"
)

// Stack is a small generic LIFO container.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Move struct{ From, To int }

type Towers struct {
	pegs  [3]Stack[int]
	moves int
}

func NewTowers(n int) *Towers {
	t := &Towers{}
	for d := n; d >= 1; d-- {
		t.pegs[0].Push(d)
	}
	return t
}

func (t *Towers) Apply(m Move) error {
	disk, ok := t.pegs[m.From].Pop()
	if !ok {
		return fmt.Errorf("peg %c is empty", 'A'+m.From)
	}
	if top, ok := t.pegs[m.To].Peek(); ok && top < disk {
		return fmt.Errorf("cannot put disk %d on disk %d", disk, top)
	}
	t.pegs[m.To].Push(disk)
	t.moves++
	return nil
}

func (t *Towers) String() string {
	parts := make([]string, 3)
	for i := range t.pegs {
		parts[i] = fmt.Sprintf("%c%v", 'A'+i, t.pegs[i].items)
	}
	return strings.Join(parts, " ")
}

func solve(n, from, to, via int, emit func(Move)) {
	if n == 0 {
		return
	}
	solve(n-1, from, via, to, emit)
	emit(Move{from, to})
	solve(n-1, via, to, from, emit)
}

func main() {
	t := NewTowers(3)
	fmt.Println("start:", t)
	solve(3, 0, 2, 1, func(m Move) {
		if err := t.Apply(m); err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("move %c->%c: %v\n", 'A'+m.From, 'A'+m.To, t)
	})

	for n := 1; n <= 12; n++ {
		tw := NewTowers(n)
		bad := 0
		solve(n, 0, 2, 1, func(m Move) {
			if tw.Apply(m) != nil {
				bad++
			}
		})
		done := tw.pegs[2].Len() == n
		fmt.Printf("n=%2d moves=%4d expected=%4d complete=%v errors=%d\n", n, tw.moves, 1<<n-1, done, bad)
	}

	bad := NewTowers(2)
	for _, m := range []Move{{0, 1}, {0, 1}, {2, 0}} {
		if err := bad.Apply(m); err != nil {
			fmt.Println("illegal move rejected:", err)
		}
	}
}
