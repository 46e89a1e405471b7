package main

import (
	"fmt"
	"slices"
)

func removeAt(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func insertAt(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func dedupe(s []int) []int {
	seen := map[int]bool{}
	out := s[:0]
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func main() {
	s := []int{10, 20, 30, 40, 50}
	orig := s
	s = removeAt(s, 1)
	fmt.Println(s, orig)
	s = insertAt(s, 0, 5)
	fmt.Println(s, len(s), cap(s))
	d := dedupe([]int{3, 1, 3, 2, 1, 4, 2})
	fmt.Println(d)
	c := []int{1, 1, 2, 2, 2, 3, 1}
	fmt.Println(slices.Compact(c))
	x := []int{1, 2, 3, 4, 5, 6}
	x = slices.Delete(x, 1, 3)
	fmt.Println(x)
	x = slices.Insert(x, 2, 100, 200)
	fmt.Println(x, slices.Index(x, 200), slices.Contains(x, 2))
	evens := slices.DeleteFunc(slices.Clone(x), func(v int) bool { return v%2 == 1 })
	fmt.Println(evens, x)
	rev := slices.Clone(x)
	slices.Reverse(rev)
	fmt.Println(rev, slices.Max(rev), slices.Equal(rev, x))
	stack := []string{}
	stack = append(stack, "a", "b", "c")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack, len(stack))
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
}
