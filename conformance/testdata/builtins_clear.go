package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	mm := m
	clear(m)
	fmt.Println(len(m), len(mm), m)
	s := []int{1, 2, 3}
	t := s[1:]
	clear(s)
	fmt.Println(s, t, len(s))
	ps := []*int{new(int)}
	clear(ps)
	fmt.Println(ps[0] == nil)
}
