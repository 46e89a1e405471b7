package main

import (
	"fmt"
	"slices"
	"strings"
)

// A B-tree of order 3: every node holds at most 2 keys and 3 children.
const order = 3

type bnode struct {
	keys     []int
	children []*bnode
}

func (n *bnode) leaf() bool { return len(n.children) == 0 }

type BTree struct {
	root   *bnode
	splits int
}

// insert adds key below n. If n overflows it is split and the median
// together with the new right sibling is returned to the caller.
func (t *BTree) insert(n *bnode, key int) (median int, right *bnode, split bool) {
	i, found := slices.BinarySearch(n.keys, key)
	if found {
		return 0, nil, false
	}
	if n.leaf() {
		n.keys = slices.Insert(n.keys, i, key)
	} else {
		m, r, s := t.insert(n.children[i], key)
		if !s {
			return 0, nil, false
		}
		n.keys = slices.Insert(n.keys, i, m)
		n.children = slices.Insert(n.children, i+1, r)
	}
	if len(n.keys) < order {
		return 0, nil, false
	}
	t.splits++
	mid := len(n.keys) / 2
	right = &bnode{keys: slices.Clone(n.keys[mid+1:])}
	median = n.keys[mid]
	n.keys = n.keys[:mid]
	if !n.leaf() {
		right.children = slices.Clone(n.children[mid+1:])
		n.children = n.children[:mid+1]
	}
	return median, right, true
}

func (t *BTree) Insert(key int) {
	if t.root == nil {
		t.root = &bnode{keys: []int{key}}
		return
	}
	if m, r, s := t.insert(t.root, key); s {
		t.root = &bnode{keys: []int{m}, children: []*bnode{t.root, r}}
	}
}

func (t *BTree) Contains(key int) bool {
	n := t.root
	for n != nil {
		i, found := slices.BinarySearch(n.keys, key)
		if found {
			return true
		}
		if n.leaf() {
			return false
		}
		n = n.children[i]
	}
	return false
}

func (t *BTree) String() string {
	var sb strings.Builder
	level := []*bnode{t.root}
	for depth := 0; len(level) > 0 && level[0] != nil; depth++ {
		var next []*bnode
		parts := make([]string, 0, len(level))
		for _, n := range level {
			parts = append(parts, fmt.Sprint(n.keys))
			next = append(next, n.children...)
		}
		fmt.Fprintf(&sb, "depth %d: %s\n", depth, strings.Join(parts, " "))
		level = next
	}
	return sb.String()
}

func (t *BTree) inorder(n *bnode, out []int) []int {
	for i, k := range n.keys {
		if !n.leaf() {
			out = t.inorder(n.children[i], out)
		}
		out = append(out, k)
	}
	if !n.leaf() {
		out = t.inorder(n.children[len(n.keys)], out)
	}
	return out
}

func main() {
	t := &BTree{}
	for i, k := range []int{10, 20, 5, 6, 12, 30, 7, 17, 3, 1, 25, 40, 15} {
		t.Insert(k)
		if i%4 == 3 {
			fmt.Printf("after inserting %d (splits=%d):\n%v", k, t.splits, t)
		}
	}
	fmt.Printf("final (splits=%d):\n%v", t.splits, t)
	fmt.Println("sorted:", t.inorder(t.root, nil))
	for _, k := range []int{17, 18, 1, 41} {
		fmt.Printf("contains %d: %v\n", k, t.Contains(k))
	}
}
