package main

import "fmt"

type Ints []int

func (s Ints) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func (s *Ints) Push(v int) { *s = append(*s, v) }

func main() {
	var s Ints
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s, s.Sum(), len(s))
}
