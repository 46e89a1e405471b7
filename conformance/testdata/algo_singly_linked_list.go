package main

import (
	"fmt"
	"strings"
)

// Node is one element of a singly linked list.
type Node struct {
	Val  int
	Next *Node
}

// LinkedList keeps a head pointer and a length.
type LinkedList struct {
	head *Node
	size int
}

func (l *LinkedList) PushFront(v int) {
	l.head = &Node{Val: v, Next: l.head}
	l.size++
}

func (l *LinkedList) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

// Remove deletes the first node with value v and reports whether it found one.
func (l *LinkedList) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *LinkedList) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *LinkedList) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprintf(&sb, "%d", n.Val)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	list := &LinkedList{}
	for i := 1; i <= 5; i++ {
		list.PushBack(i * 10)
	}
	list.PushFront(5)
	fmt.Println("list:", list, "len", list.size)

	fmt.Println("remove 30:", list.Remove(30))
	fmt.Println("remove 99:", list.Remove(99))
	fmt.Println("after remove:", list)

	list.Reverse()
	fmt.Println("reversed:", list)

	sum := 0
	for n := list.head; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Printf("sum=%d len=%d\n", sum, list.size)

	var empty LinkedList
	empty.Reverse()
	fmt.Printf("empty: %v %d\n", &empty, empty.size)
}
