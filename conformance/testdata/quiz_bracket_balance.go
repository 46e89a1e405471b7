package main

import (
	"fmt"
	"strings"
)

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

func (s Stack[T]) Peek() (T, bool) {
	if len(s) == 0 {
		var zero T
		return zero, false
	}
	return s[len(s)-1], true
}

type open struct {
	r   rune
	pos int
}

var pairs = map[rune]rune{')': '(', ']': '[', '}': '{', '>': '<'}

func check(s string) (ok bool, msg string) {
	var st Stack[open]
	for i, r := range s {
		switch r {
		case '(', '[', '{', '<':
			st.Push(open{r, i})
		case ')', ']', '}', '>':
			top, has := st.Pop()
			if !has {
				return false, fmt.Sprintf("unexpected %c at %d", r, i)
			}
			if top.r != pairs[r] {
				return false, fmt.Sprintf("%c at %d does not match %c at %d", r, i, top.r, top.pos)
			}
		}
	}
	if top, has := st.Peek(); has {
		return false, fmt.Sprintf("unclosed %c at %d (%d open)", top.r, top.pos, len(st))
	}
	return true, "balanced"
}

func maxDepth(s string) int {
	depth, best := 0, 0
	for _, r := range s {
		switch r {
		case '(':
			depth++
			best = max(best, depth)
		case ')':
			depth--
		}
	}
	return best
}

// generate all balanced strings of n pairs of parentheses
func generate(n int) []string {
	var out []string
	var rec func(cur []byte, open, closed int)
	rec = func(cur []byte, open, closed int) {
		if len(cur) == 2*n {
			out = append(out, string(cur))
			return
		}
		if open < n {
			rec(append(cur, '('), open+1, closed)
		}
		if closed < open {
			rec(append(cur, ')'), open, closed+1)
		}
	}
	rec(make([]byte, 0, 2*n), 0, 0)
	return out
}

func main() {
	tests := []string{
		"([]{<>})",
		"func(a []int) { return a[0] }",
		"(]",
		"((())",
		"}{",
		"",
		"map[string][]int{\"x\": {1, (2)}}",
	}
	for _, t := range tests {
		ok, msg := check(t)
		fmt.Printf("%-34q %-5t %s\n", t, ok, msg)
	}
	for _, s := range []string{"(a(b)(c(d)))", "()()()", "((((x))))"} {
		fmt.Printf("depth of %s = %d\n", s, maxDepth(s))
	}
	for n := 1; n <= 4; n++ {
		g := generate(n)
		if n <= 3 {
			fmt.Printf("n=%d: %d %s\n", n, len(g), strings.Join(g, " "))
		} else {
			fmt.Printf("n=%d: %d combinations (Catalan)\n", n, len(g))
		}
	}
}
