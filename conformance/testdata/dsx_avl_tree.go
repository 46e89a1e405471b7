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
	rotations []string
}

func height[K cmp.Ordered](n *avlNode[K]) int {
	if n == nil {
		return 0
	}
	return n.height
}

func (n *avlNode[K]) update() {
	n.height = 1 + max(height(n.left), height(n.right))
}

func (t *AVL[K]) rotateRight(n *avlNode[K]) *avlNode[K] {
	t.rotations = append(t.rotations, fmt.Sprintf("right@%v", n.key))
	l := n.left
	n.left = l.right
	l.right = n
	n.update()
	l.update()
	return l
}

func (t *AVL[K]) rotateLeft(n *avlNode[K]) *avlNode[K] {
	t.rotations = append(t.rotations, fmt.Sprintf("left@%v", n.key))
	r := n.right
	n.right = r.left
	r.left = n
	n.update()
	r.update()
	return r
}

func (t *AVL[K]) balance(n *avlNode[K]) *avlNode[K] {
	n.update()
	bf := height(n.left) - height(n.right)
	switch {
	case bf > 1:
		if height(n.left.left) < height(n.left.right) {
			n.left = t.rotateLeft(n.left)
		}
		return t.rotateRight(n)
	case bf < -1:
		if height(n.right.right) < height(n.right.left) {
			n.right = t.rotateRight(n.right)
		}
		return t.rotateLeft(n)
	}
	return n
}

func (t *AVL[K]) insert(n *avlNode[K], key K) *avlNode[K] {
	if n == nil {
		return &avlNode[K]{key: key, height: 1}
	}
	switch c := cmp.Compare(key, n.key); {
	case c < 0:
		n.left = t.insert(n.left, key)
	case c > 0:
		n.right = t.insert(n.right, key)
	default:
		return n
	}
	return t.balance(n)
}

func (t *AVL[K]) Insert(key K) {
	t.rotations = t.rotations[:0]
	t.root = t.insert(t.root, key)
}

func (t *AVL[K]) sideways(sb *strings.Builder, n *avlNode[K], depth int) {
	if n == nil {
		return
	}
	t.sideways(sb, n.right, depth+1)
	fmt.Fprintf(sb, "%s%v\n", strings.Repeat("    ", depth), n.key)
	t.sideways(sb, n.left, depth+1)
}

func (t *AVL[K]) String() string {
	var sb strings.Builder
	t.sideways(&sb, t.root, 0)
	return sb.String()
}

func (t *AVL[K]) Height() int { return height(t.root) }

func main() {
	t := &AVL[int]{}
	for _, k := range []int{10, 20, 30, 25, 28, 5, 3, 40, 50, 27} {
		t.Insert(k)
		if len(t.rotations) > 0 {
			fmt.Printf("insert %d: rotations %v\n", k, t.rotations)
		} else {
			fmt.Printf("insert %d: no rotation\n", k)
		}
	}
	fmt.Printf("height=%d\n", t.Height())
	fmt.Print(t)

	s := &AVL[string]{}
	for _, w := range strings.Fields("pear apple fig kiwi banana cherry") {
		s.Insert(w)
	}
	fmt.Printf("string tree height=%d\n", s.Height())
	fmt.Print(s)
}
