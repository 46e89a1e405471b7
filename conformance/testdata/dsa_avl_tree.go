package main

import (
	"cmp"
	"fmt"
	"strings"
)

type avlNode[K cmp.Ordered] struct {
	key         K
	height      int
	left, right *avlNode[K]
}

type AVL[K cmp.Ordered] struct {
	root      *avlNode[K]
	rotations int
}

func height[K cmp.Ordered](n *avlNode[K]) int {
	if n == nil {
		return 0
	}
	return n.height
}

func (n *avlNode[K]) fix() {
	n.height = 1 + max(height(n.left), height(n.right))
}

func (n *avlNode[K]) balance() int { return height(n.left) - height(n.right) }

func (t *AVL[K]) rotateRight(y *avlNode[K]) *avlNode[K] {
	x := y.left
	x.right, y.left = y, x.right
	y.fix()
	x.fix()
	t.rotations++
	return x
}

func (t *AVL[K]) rotateLeft(x *avlNode[K]) *avlNode[K] {
	y := x.right
	y.left, x.right = x, y.left
	x.fix()
	y.fix()
	t.rotations++
	return y
}

func (t *AVL[K]) insert(n *avlNode[K], key K) *avlNode[K] {
	if n == nil {
		return &avlNode[K]{key: key, height: 1}
	}
	switch {
	case key < n.key:
		n.left = t.insert(n.left, key)
	case key > n.key:
		n.right = t.insert(n.right, key)
	default:
		return n
	}
	n.fix()
	switch b := n.balance(); {
	case b > 1 && key < n.left.key:
		return t.rotateRight(n)
	case b > 1:
		n.left = t.rotateLeft(n.left)
		return t.rotateRight(n)
	case b < -1 && key > n.right.key:
		return t.rotateLeft(n)
	case b < -1:
		n.right = t.rotateRight(n.right)
		return t.rotateLeft(n)
	}
	return n
}

func (t *AVL[K]) Insert(keys ...K) {
	for _, k := range keys {
		t.root = t.insert(t.root, k)
	}
}

func (t *AVL[K]) InOrder() []K {
	var out []K
	var walk func(n *avlNode[K])
	walk = func(n *avlNode[K]) {
		if n == nil {
			return
		}
		walk(n.left)
		out = append(out, n.key)
		walk(n.right)
	}
	walk(t.root)
	return out
}

// String draws the tree sideways: right subtree on top.
func (t *AVL[K]) String() string {
	var sb strings.Builder
	var draw func(n *avlNode[K], depth int)
	draw = func(n *avlNode[K], depth int) {
		if n == nil {
			return
		}
		draw(n.right, depth+1)
		fmt.Fprintf(&sb, "%s%v (h=%d)\n", strings.Repeat("    ", depth), n.key, n.height)
		draw(n.left, depth+1)
	}
	draw(t.root, 0)
	return sb.String()
}

func main() {
	var nums AVL[int]
	for i := 1; i <= 10; i++ {
		nums.Insert(i)
	}
	fmt.Print(nums.String())
	fmt.Printf("inorder=%v height=%d rotations=%d\n", nums.InOrder(), height(nums.root), nums.rotations)

	var words AVL[string]
	words.Insert("mango", "apple", "kiwi", "banana", "cherry", "fig", "grape", "apple")
	fmt.Print(words.String())
	fmt.Printf("inorder=%q\n", words.InOrder())
	fmt.Printf("root=%s height=%d rotations=%d\n", words.root.key, height(words.root), words.rotations)
}
