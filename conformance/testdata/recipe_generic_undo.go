package main

import (
	"errors"
	"fmt"
)

// Stack is a generic LIFO used for the editor's undo history.
type Stack[T any] struct {
	items []T
}

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

func (s Stack[T]) Len() int { return len(s.items) }

// Pair is a generic key/value tuple.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

// Editor holds a recipe's ingredient amounts and an undo stack of changes.
type Editor struct {
	amounts map[string]int
	history Stack[Pair[string, int]]
}

var ErrNothingToUndo = errors.New("nothing to undo")

func (e *Editor) Set(name string, grams int) {
	e.history.Push(Pair[string, int]{name, e.amounts[name]})
	e.amounts[name] = grams
}

func (e *Editor) Undo() error {
	prev, ok := e.history.Pop()
	if !ok {
		return ErrNothingToUndo
	}
	if prev.Val == 0 {
		delete(e.amounts, prev.Key)
	} else {
		e.amounts[prev.Key] = prev.Val
	}
	fmt.Println("  undo ->", prev)
	return nil
}

func (e *Editor) Show() {
	fmt.Printf("  flour=%d sugar=%d butter=%d (history %d)\n",
		e.amounts["flour"], e.amounts["sugar"], e.amounts["butter"], e.history.Len())
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	ed := &Editor{amounts: map[string]int{"flour": 250}}
	fmt.Println("start:")
	ed.Show()

	ed.Set("sugar", 100)
	ed.Set("butter", 125)
	ed.Set("flour", 300)
	ed.Set("sugar", 80)
	fmt.Println("after edits:")
	ed.Show()

	for range 5 {
		if err := ed.Undo(); err != nil {
			fmt.Println("  error:", err)
			break
		}
	}
	fmt.Println("after undo:")
	ed.Show()

	pairs := []Pair[string, float64]{{"salt", 0.5}, {"yeast", 7}}
	fmt.Println(Map(pairs, Pair[string, float64].String))
	var ints Stack[int]
	ints.Push(3)
	fmt.Printf("%T %+v\n", ints, ints)
}
