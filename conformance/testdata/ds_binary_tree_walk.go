package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func main() {
	var root *Tree
	for _, w := range []string{"m", "c", "x", "a", "e", "m", "z", "c", "m"} {
		root = root.Insert(w)
	}
	root.Walk(func(n *Tree) {
		fmt.Printf("%s:%d ", n.Key, n.Count)
	})
	fmt.Println()
	fmt.Println("height:", root.Height())
	var keys []string
	root.Walk(func(n *Tree) { keys = append(keys, n.Key) })
	fmt.Println(keys, len(keys))
	var empty *Tree
	fmt.Println(empty.Height(), empty == nil)
}
