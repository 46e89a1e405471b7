package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.Next.Len()
}

func (l *List) Push(v int) *List { return &List{v, l} }

func (l *List) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%d -> %v", l.Val, l.Next)
}

func main() {
	var l *List
	fmt.Println(l.Len(), l)
	for i := range 4 {
		l = l.Push(i * i)
	}
	fmt.Println(l.Len(), l)
}
