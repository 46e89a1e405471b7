package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack struct {
	items []rune
}

func (s *Stack) Push(r rune) { s.items = append(s.items, r) }

func (s *Stack) Pop() (rune, error) {
	if len(s.items) == 0 {
		return 0, errors.New("pop from empty stack")
	}
	r := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return r, nil
}

func (s Stack) Len() int { return len(s.items) }

func balanced(expr string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var s Stack
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			s.Push(r)
		case ')', ']', '}':
			top, err := s.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return s.Len() == 0
}

func main() {
	for _, e := range []string{"(a[b]{c})", "([)]", "((", "", "{[()()]}", ")"} {
		fmt.Printf("%-12q %v\n", e, balanced(e))
	}
	var s Stack
	for _, r := range "hello" {
		s.Push(r)
	}
	var b strings.Builder
	for s.Len() > 0 {
		r, _ := s.Pop()
		b.WriteRune(r)
	}
	_, err := s.Pop()
	fmt.Println(b.String(), err)
}
