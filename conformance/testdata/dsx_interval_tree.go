package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Interval struct {
	Lo, Hi int // closed interval [Lo, Hi]
	Label  string
}

func (iv Interval) String() string { return fmt.Sprintf("%s[%d,%d]", iv.Label, iv.Lo, iv.Hi) }

func (iv Interval) Overlaps(lo, hi int) bool { return iv.Lo <= hi && lo <= iv.Hi }

// itNode is a node of a BST keyed on Lo and augmented with the maximum Hi
// found in its subtree.
type itNode struct {
	iv          Interval
	maxHi       int
	left, right *itNode
}

type IntervalTree struct {
	root  *itNode
	count int
	// visited counts nodes examined during the last query.
	visited int
}

func (t *IntervalTree) Insert(iv Interval) error {
	if iv.Lo > iv.Hi {
		return fmt.Errorf("interval %v: low end exceeds high end", iv)
	}
	t.root = insert(t.root, iv)
	t.count++
	return nil
}

func insert(n *itNode, iv Interval) *itNode {
	if n == nil {
		return &itNode{iv: iv, maxHi: iv.Hi}
	}
	if iv.Lo < n.iv.Lo {
		n.left = insert(n.left, iv)
	} else {
		n.right = insert(n.right, iv)
	}
	n.maxHi = max(n.maxHi, iv.Hi)
	return n
}

// Overlapping yields every stored interval overlapping [lo, hi] in order of Lo.
func (t *IntervalTree) Overlapping(lo, hi int) iter.Seq[Interval] {
	return func(yield func(Interval) bool) {
		t.visited = 0
		var walk func(n *itNode) bool
		walk = func(n *itNode) bool {
			if n == nil || n.maxHi < lo {
				return true // nothing in this subtree reaches lo
			}
			t.visited++
			if !walk(n.left) {
				return false
			}
			if n.iv.Lo > hi {
				return true // this node and its right subtree start too late
			}
			if n.iv.Overlaps(lo, hi) && !yield(n.iv) {
				return false
			}
			return walk(n.right)
		}
		walk(t.root)
	}
}

func (t *IntervalTree) String() string {
	var sb strings.Builder
	var show func(n *itNode, depth int)
	show = func(n *itNode, depth int) {
		if n == nil {
			return
		}
		show(n.right, depth+1)
		fmt.Fprintf(&sb, "%s%v max=%d\n", strings.Repeat("  ", depth), n.iv, n.maxHi)
		show(n.left, depth+1)
	}
	show(t.root, 0)
	return sb.String()
}

func main() {
	t := &IntervalTree{}
	meetings := []Interval{
		{15, 20, "a"}, {10, 30, "b"}, {17, 19, "c"}, {5, 20, "d"},
		{12, 15, "e"}, {30, 40, "f"}, {42, 50, "g"}, {25, 24, "bad"}, {1, 3, "h"},
	}
	for _, m := range meetings {
		if err := t.Insert(m); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Printf("%d intervals:\n%v", t.count, t)
	queries := [][2]int{{14, 16}, {21, 23}, {0, 4}, {41, 41}, {31, 45}, {60, 70}}
	for _, q := range queries {
		found := slices.Collect(t.Overlapping(q[0], q[1]))
		fmt.Printf("overlap [%d,%d]: %v (visited %d)\n", q[0], q[1], found, t.visited)
	}
	for iv := range t.Overlapping(0, 100) {
		if iv.Lo >= 12 {
			fmt.Println("first starting at or after 12:", iv)
			break
		}
	}
}
