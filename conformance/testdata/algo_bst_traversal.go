package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
}

// Insert returns the (possibly new) root after inserting key.
func (t *Tree) Insert(key int) *Tree {
	if t == nil {
		return &Tree{Key: key}
	}
	switch {
	case key < t.Key:
		t.Left = t.Left.Insert(key)
	case key > t.Key:
		t.Right = t.Right.Insert(key)
	}
	return t
}

func (t *Tree) Contains(key int) bool {
	for t != nil {
		if key == t.Key {
			return true
		} else if key < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Key)
	t.Right.InOrder(visit)
}

func (t *Tree) PreOrder(out *[]int) {
	if t != nil {
		*out = append(*out, t.Key)
		t.Left.PreOrder(out)
		t.Right.PreOrder(out)
	}
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) LevelOrder() [][]int {
	var levels [][]int
	queue := []*Tree{t}
	for len(queue) > 0 && queue[0] != nil {
		var level []int
		var next []*Tree
		for _, n := range queue {
			level = append(level, n.Key)
			for _, c := range []*Tree{n.Left, n.Right} {
				if c != nil {
					next = append(next, c)
				}
			}
		}
		levels = append(levels, level)
		queue = next
	}
	return levels
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		root = root.Insert(k)
	}
	var in []int
	root.InOrder(func(k int) { in = append(in, k) })
	fmt.Println("in-order: ", in)
	var pre []int
	root.PreOrder(&pre)
	fmt.Println("pre-order:", pre)
	fmt.Println("levels:   ", root.LevelOrder())
	fmt.Println("height:   ", root.Height())
	for _, k := range []int{45, 55} {
		fmt.Printf("contains(%d) = %v\n", k, root.Contains(k))
	}
	var empty *Tree
	fmt.Println("empty height:", empty.Height(), "levels:", len(empty.LevelOrder()))
}
