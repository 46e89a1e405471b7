package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	len  int
}

func (l *List) PushFront(v int) {
	l.head = &Node{Val: v, Next: l.head}
	l.len++
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for p := &l.head; *p != nil; p = &(*p).Next {
		if (*p).Val == v {
			*p = (*p).Next
			l.len--
			return true
		}
	}
	return false
}

func (l List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.PushFront(i)
	}
	fmt.Println(l, l.len)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(3), l.Remove(42), l.Remove(1))
	fmt.Println(&l, l.len)
}
