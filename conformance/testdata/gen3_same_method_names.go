package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Container interface {
	Len() int
	String() string
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Add(v T)        { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int       { return len(s.items) }
func (s *Stack[T]) Get() (T, bool) { return pop(&s.items, len(s.items)-1) }
func (s *Stack[T]) String() string { return fmt.Sprintf("Stack%v", s.items) }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Add(v T)        { q.items = append(q.items, v) }
func (q *Queue[T]) Len() int       { return len(q.items) }
func (q *Queue[T]) Get() (T, bool) { return pop(&q.items, 0) }
func (q *Queue[T]) String() string { return fmt.Sprintf("Queue%v", q.items) }

func pop[T any](items *[]T, i int) (T, bool) {
	var zero T
	if len(*items) == 0 {
		return zero, false
	}
	v := (*items)[i]
	*items = slices.Delete(*items, i, i+1)
	return v, true
}

type Set[T cmp.Ordered] struct{ m map[T]struct{} }

func (s *Set[T]) Add(v T) {
	if s.m == nil {
		s.m = map[T]struct{}{}
	}
	s.m[v] = struct{}{}
}
func (s *Set[T]) Len() int { return len(s.m) }
func (s *Set[T]) Get(v T) bool {
	_, ok := s.m[v]
	return ok
}
func (s *Set[T]) String() string { return fmt.Sprintf("Set%v", slices.Sorted(maps.Keys(s.m))) }

type Counter[K cmp.Ordered] struct{ m map[K]int }

func (c *Counter[K]) Add(k K) {
	if c.m == nil {
		c.m = map[K]int{}
	}
	c.m[k]++
}
func (c *Counter[K]) Len() int    { return len(c.m) }
func (c *Counter[K]) Get(k K) int { return c.m[k] }
func (c *Counter[K]) String() string {
	var b strings.Builder
	for i, k := range slices.Sorted(maps.Keys(c.m)) {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%v=%d", k, c.m[k])
	}
	return "Counter{" + b.String() + "}"
}

type Adder[T any] interface{ Add(T) }

func AddAll[T any](dst Adder[T], vs ...T) {
	for _, v := range vs {
		dst.Add(v)
	}
}

func main() {
	words := strings.Fields("to be or not to be that is")
	var st Stack[string]
	var q Queue[string]
	var set Set[string]
	var cnt Counter[string]
	for _, a := range []Adder[string]{&st, &q, &set, &cnt} {
		AddAll(a, words...)
	}
	all := []Container{&st, &q, &set, &cnt}
	for _, c := range all {
		fmt.Printf("%-24T len=%d %v\n", c, c.Len(), c)
	}
	top, _ := st.Get()
	front, _ := q.Get()
	fmt.Println("stack top:", top, "| queue front:", front)
	fmt.Println("set has 'be':", set.Get("be"), "| has 'was':", set.Get("was"))
	fmt.Println("count of 'to':", cnt.Get("to"), "| of 'is':", cnt.Get("is"))

	var ints Stack[int]
	AddAll[int](&ints, 1, 2, 3)
	for {
		v, ok := ints.Get()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| empty:", ints.Len() == 0)
	var nums Counter[float64]
	AddAll(Adder[float64](&nums), 1.5, 2, 1.5)
	all = append(all, &ints, &nums)
	total := 0
	for _, c := range all {
		total += c.Len()
	}
	fmt.Printf("%v %v total len=%d\n", &ints, &nums, total)
}
