package main

import (
	"fmt"
	"slices"
)

func reversed[T any](s []T) []T {
	out := make([]T, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

func reverseInPlace[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	fmt.Println("s[1:]      ", s[1:])
	fmt.Println("s[:-1]     ", s[:len(s)-1])
	fmt.Println("s[2:5]     ", s[2:5])
	fmt.Println("s[-3:]     ", s[len(s)-3:])
	fmt.Println("s[-1]      ", s[len(s)-1])

	// s[::2] by hand
	step := []int{}
	for i := 0; i < len(s); i += 2 {
		step = append(step, s[i])
	}
	fmt.Println("s[::2]     ", step)
	fmt.Println("s[::-1]    ", reversed(s))

	// slices share memory unlike Python lists
	view := s[2:4]
	view[0] = 100
	fmt.Println("after view write:", s[:5])
	s[2] = 2

	// s[:] copy in Python is a real copy; in Go use copy or slices.Clone
	cp := make([]int, len(s))
	n := copy(cp, s)
	cp[0] = -1
	fmt.Println("copied", n, "orig[0] =", s[0], "copy[0] =", cp[0])
	cl := slices.Clone(s[:3])
	reverseInPlace(cl)
	fmt.Println("clone reversed:", cl, "orig:", s[:3])

	// del s[3:6]
	d := slices.Clone(s)
	d = append(d[:3], d[6:]...)
	fmt.Println("del [3:6]  ", d)
	// s.insert(2, 42)
	d = slices.Insert(d, 2, 42)
	fmt.Println("insert     ", d)
	// s.pop()
	last := d[len(d)-1]
	d = d[:len(d)-1]
	fmt.Println("pop ->", last, d)
	// s.pop(0)
	first, d := d[0], d[1:]
	fmt.Println("pop(0) ->", first, d)

	// string slicing is by bytes
	word := "python"
	fmt.Println(word[1:], word[:len(word)-1], word[len(word)-3:])
	r := []rune("héllo")
	slices.Reverse(r)
	fmt.Println(string(r), len("héllo"), len([]rune("héllo")))

	// rotate left by 3: s[3:] + s[:3]
	rot := append(slices.Clone(s[3:]), s[:3]...)
	fmt.Println("rotate 3   ", rot)
	// full slice expression limits capacity
	lim := s[0:2:2]
	fmt.Println(len(lim), cap(lim))
	lim = append(lim, 99)
	fmt.Println(lim, s[2])
}
