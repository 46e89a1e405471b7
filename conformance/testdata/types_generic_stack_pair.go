package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(vs ...T) { s.items = append(s.items, vs...) }

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
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	p := MakePair("answer", 42)
	fmt.Println(p, p.Key, p.Val)
	fmt.Printf("%T %+v\n", p, p)
	pairs := []Pair[string, []int]{{"evens", []int{2, 4}}, {"odds", []int{1, 3}}}
	fmt.Println(pairs)

	var s Stack[string]
	s.Push("a", "b", "c")
	top, _ := s.Peek()
	fmt.Println("peek:", top, "len:", s.Len())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	v, ok := s.Pop()
	fmt.Printf("\nempty pop: %q %v\n", v, ok)

	for _, expr := range []string{"(a[b]{c})", "(]", "((", "{[()()]}"} {
		fmt.Printf("%-10s balanced=%v\n", expr, balanced(expr))
	}

}
