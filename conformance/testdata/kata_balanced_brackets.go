package main

import (
	"fmt"
)

// Stack is a minimal generic LIFO stack.
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

func (s *Stack[T]) Len() int { return len(s.items) }

type opener struct {
	ch  rune
	pos int
}

var pairs = map[rune]rune{')': '(', ']': '[', '}': '{', '>': '<'}

// Check returns -1 if balanced, otherwise the position of the first problem.
func Check(s string) (int, string) {
	var st Stack[opener]
	for i, ch := range s {
		switch ch {
		case '(', '[', '{', '<':
			st.Push(opener{ch, i})
		case ')', ']', '}', '>':
			top, ok := st.Pop()
			if !ok {
				return i, fmt.Sprintf("unexpected %q", ch)
			}
			if top.ch != pairs[ch] {
				return i, fmt.Sprintf("%q closes %q opened at %d", ch, top.ch, top.pos)
			}
		}
	}
	if st.Len() > 0 {
		top, _ := st.Pop()
		return len(s), fmt.Sprintf("%d unclosed, innermost %q at %d", st.Len()+1, top.ch, top.pos)
	}
	return -1, "ok"
}

func MustBalance(s string) {
	if pos, msg := Check(s); pos >= 0 {
		panic(fmt.Sprintf("unbalanced input %q at %d: %s", s, pos, msg))
	}
}

func main() {
	cases := []string{
		"",
		"()",
		"([]{})",
		"func(a []int) { return a[0] }",
		"<<[{()}]>>",
		"(]",
		"([)]",
		"(((",
		"())",
		"{[(<>)]}{",
		"map[string][]int{\"a\": {1, 2}}",
	}
	for i, c := range cases {
		pos, msg := Check(c)
		status := "BALANCED"
		if pos >= 0 {
			status = fmt.Sprintf("FAIL@%d", pos)
		}
		fmt.Printf("%2d %-10s %-34q %s\n", i, status, c, msg)
	}
	// Depth statistics on a generated nested string.
	deep := ""
	for i := 0; i < 20; i++ {
		deep = "(" + deep + ")"
	}
	pos, _ := Check(deep)
	fmt.Printf("deep nesting of %d chars balanced: %t\n", len(deep), pos < 0)

	MustBalance("{ok}")
	fmt.Println("validated {ok}; now validating a broken config...")
	MustBalance("config{ items: [1, 2, 3 }")
	fmt.Println("not reached")
}
