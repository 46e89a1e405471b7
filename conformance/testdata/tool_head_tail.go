// Command tool_head_tail implements "head -n" and "tail -n" over a built-in
// text, using a generic ring buffer for tail and an iterator over lines.
package main

import (
	"bufio"
	"fmt"
	"iter"
	"strings"
)

// Ring keeps the last N values pushed into it.
type Ring[T any] struct {
	buf   []T
	start int
	full  bool
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, 0, n)} }

func (r *Ring[T]) Push(v T) {
	if cap(r.buf) == 0 {
		return
	}
	if !r.full {
		r.buf = append(r.buf, v)
		r.full = len(r.buf) == cap(r.buf)
		return
	}
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
}

// All yields the buffered values oldest first.
func (r *Ring[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := range len(r.buf) {
			if !yield(r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

// Lines yields numbered lines from a string.
func Lines(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		sc := bufio.NewScanner(strings.NewReader(text))
		for n := 1; sc.Scan(); n++ {
			if !yield(n, sc.Text()) {
				return
			}
		}
	}
}

type numbered struct {
	n    int
	text string
}

func (l numbered) String() string { return fmt.Sprintf("%3d  %s", l.n, l.text) }

func head(text string, n int) []numbered {
	var out []numbered
	for i, line := range Lines(text) {
		if i > n {
			break
		}
		out = append(out, numbered{i, line})
	}
	return out
}

func tail(text string, n int) iter.Seq[numbered] {
	r := NewRing[numbered](n)
	for i, line := range Lines(text) {
		r.Push(numbered{i, line})
	}
	return r.All()
}

var planets = strings.Join([]string{"Mercury", "Venus", "Earth", "Mars", "Jupiter",
	"Saturn", "Uranus", "Neptune", "Pluto (dwarf)", "Ceres (dwarf)"}, "\n")

func main() {
	for _, n := range []int{3, 0} {
		fmt.Printf("head -n %d\n", n)
		for _, l := range head(planets, n) {
			fmt.Println(l)
		}
	}
	for _, n := range []int{4, 1, 20} {
		fmt.Printf("tail -n %d\n", n)
		for l := range tail(planets, n) {
			fmt.Println(l)
		}
	}
	r := NewRing[int](3)
	for i := range 7 {
		r.Push(i * i)
	}
	var squares []int
	for v := range r.All() {
		squares = append(squares, v)
	}
	fmt.Printf("ring of squares: %v (start=%d, %T)\n", squares, r.start, r)
}
