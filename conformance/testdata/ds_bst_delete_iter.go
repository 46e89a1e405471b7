package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Node[K cmp.Ordered] struct {
	Key         K
	Left, Right *Node[K]
}

type BST[K cmp.Ordered] struct {
	root *Node[K]
	n    int
}

func (t *BST[K]) Insert(k K) bool {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).Key); {
		case c < 0:
			p = &(*p).Left
		case c > 0:
			p = &(*p).Right
		default:
			return false
		}
	}
	*p = &Node[K]{Key: k}
	t.n++
	return true
}

func deleteNode[K cmp.Ordered](n *Node[K], k K) (*Node[K], bool) {
	if n == nil {
		return nil, false
	}
	var ok bool
	switch {
	case k < n.Key:
		n.Left, ok = deleteNode(n.Left, k)
	case k > n.Key:
		n.Right, ok = deleteNode(n.Right, k)
	default:
		if n.Left == nil {
			return n.Right, true
		}
		if n.Right == nil {
			return n.Left, true
		}
		succ := n.Right
		for succ.Left != nil {
			succ = succ.Left
		}
		n.Key = succ.Key
		n.Right, _ = deleteNode(n.Right, succ.Key)
		ok = true
	}
	return n, ok
}

func (t *BST[K]) Delete(k K) (ok bool) {
	if t.root, ok = deleteNode(t.root, k); ok {
		t.n--
	}
	return ok
}

func (t *BST[K]) InOrder() iter.Seq[K] {
	return func(yield func(K) bool) {
		var walk func(*Node[K]) bool
		walk = func(n *Node[K]) bool {
			if n == nil {
				return true
			}
			return walk(n.Left) && yield(n.Key) && walk(n.Right)
		}
		walk(t.root)
	}
}

func height[K cmp.Ordered](n *Node[K]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}

func (t *BST[K]) Render() string {
	var sb strings.Builder
	var rec func(n *Node[K], indent, label string)
	rec = func(n *Node[K], indent, label string) {
		if n != nil {
			fmt.Fprintf(&sb, "%s%s%v\n", indent, label, n.Key)
			rec(n.Left, indent+"    ", "L: ")
			rec(n.Right, indent+"    ", "R: ")
		}
	}
	rec(t.root, "", "")
	return sb.String()
}

func (t *BST[K]) Floor(k K) (best K, found bool) {
	for n := t.root; n != nil; {
		if n.Key == k {
			return k, true
		}
		if n.Key < k {
			best, found = n.Key, true
			n = n.Right
		} else {
			n = n.Left
		}
	}
	return best, found
}

func main() {
	t := &BST[int]{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Insert(k)
	}
	fmt.Println("dup insert 40:", t.Insert(40), "size", t.n, "height", height(t.root))
	fmt.Print(t.Render())
	for _, q := range []int{44, 50, 10, 99} {
		f, ok := t.Floor(q)
		fmt.Printf("floor(%d) = %d (%v)\n", q, f, ok)
	}
	for _, k := range []int{20, 30, 50, 99} {
		ok := t.Delete(k)
		fmt.Printf("delete %d: %-5v inorder=%v\n", k, ok, slices.Collect(t.InOrder()))
	}
	fmt.Print(t.Render())

	words := &BST[string]{}
	for _, w := range strings.Fields("pear apple fig banana cherry apple date") {
		words.Insert(w)
	}
	for w := range words.InOrder() {
		if w > "d" {
			break
		}
		fmt.Printf("%q ", w)
	}
	fmt.Println()
}
