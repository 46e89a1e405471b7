package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Node[K cmp.Ordered] struct {
	Key         K
	Left, Right *Node[K]
}

type BST[K cmp.Ordered] struct {
	root *Node[K]
	size int
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
	t.size++
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

func (t *BST[K]) Delete(k K) bool {
	var ok bool
	t.root, ok = deleteNode(t.root, k)
	if ok {
		t.size--
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

func preOrder[K cmp.Ordered](n *Node[K], visit func(K)) {
	if n == nil {
		return
	}
	visit(n.Key)
	preOrder(n.Left, visit)
	preOrder(n.Right, visit)
}

func postOrder[K cmp.Ordered](n *Node[K], visit func(K)) {
	if n == nil {
		return
	}
	postOrder(n.Left, visit)
	postOrder(n.Right, visit)
	visit(n.Key)
}

func height[K cmp.Ordered](n *Node[K]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}

func (t *BST[K]) String() string {
	var in, pre, post []string
	for k := range t.InOrder() {
		in = append(in, fmt.Sprint(k))
	}
	preOrder(t.root, func(k K) { pre = append(pre, fmt.Sprint(k)) })
	postOrder(t.root, func(k K) { post = append(post, fmt.Sprint(k)) })
	return fmt.Sprintf("size=%d height=%d\n  in:   %s\n  pre:  %s\n  post: %s",
		t.size, height(t.root), strings.Join(in, " "), strings.Join(pre, " "), strings.Join(post, " "))
}

func main() {
	var t BST[int]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Insert(k)
	}
	fmt.Println("duplicate 40 inserted?", t.Insert(40))
	fmt.Println(&t)
	for _, k := range []int{20, 30, 50, 99} {
		fmt.Printf("delete %d: %v\n", k, t.Delete(k))
	}
	fmt.Println(&t)

	var words BST[string]
	for _, w := range strings.Fields("pear apple fig banana cherry apple date") {
		words.Insert(w)
	}
	fmt.Print("first three words:")
	n := 0
	for w := range words.InOrder() {
		fmt.Print(" ", w)
		if n++; n == 3 {
			break
		}
	}
	fmt.Println()
	fmt.Println(&words)
}
