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
	rotations map[string]int
}

func NewAVL[K cmp.Ordered]() *AVL[K] {
	return &AVL[K]{rotations: map[string]int{}}
}

func h[K cmp.Ordered](n *avlNode[K]) int {
	if n == nil {
		return 0
	}
	return n.height
}

func (n *avlNode[K]) update()      { n.height = 1 + max(h(n.left), h(n.right)) }
func (n *avlNode[K]) balance() int { return h(n.left) - h(n.right) }

func (t *AVL[K]) rotateRight(y *avlNode[K]) *avlNode[K] {
	x := y.left
	y.left = x.right
	x.right = y
	y.update()
	x.update()
	return x
}

func (t *AVL[K]) rotateLeft(x *avlNode[K]) *avlNode[K] {
	y := x.right
	x.right = y.left
	y.left = x
	x.update()
	y.update()
	return y
}

func (t *AVL[K]) insert(n *avlNode[K], k K) *avlNode[K] {
	if n == nil {
		return &avlNode[K]{key: k, height: 1}
	}
	if k < n.key {
		n.left = t.insert(n.left, k)
	} else if k > n.key {
		n.right = t.insert(n.right, k)
	} else {
		return n
	}
	n.update()
	switch b := n.balance(); {
	case b > 1 && k < n.left.key:
		t.rotations["LL"]++
		return t.rotateRight(n)
	case b > 1:
		t.rotations["LR"]++
		n.left = t.rotateLeft(n.left)
		return t.rotateRight(n)
	case b < -1 && k > n.right.key:
		t.rotations["RR"]++
		return t.rotateLeft(n)
	case b < -1:
		t.rotations["RL"]++
		n.right = t.rotateRight(n.right)
		return t.rotateLeft(n)
	}
	return n
}

func (t *AVL[K]) Insert(k K) { t.root = t.insert(t.root, k) }

func (t *AVL[K]) render(n *avlNode[K], prefix string, sb *strings.Builder) {
	if n == nil {
		return
	}
	t.render(n.right, prefix+"    ", sb)
	fmt.Fprintf(sb, "%s%v(h%d)\n", prefix, n.key, n.height)
	t.render(n.left, prefix+"    ", sb)
}

func (t *AVL[K]) String() string {
	var sb strings.Builder
	t.render(t.root, "", &sb)
	return sb.String()
}

func (t *AVL[K]) checkBalanced(n *avlNode[K]) bool {
	if n == nil {
		return true
	}
	b := n.balance()
	return b >= -1 && b <= 1 && t.checkBalanced(n.left) && t.checkBalanced(n.right)
}

func main() {
	t := NewAVL[int]()
	for i := 1; i <= 10; i++ {
		t.Insert(i)
	}
	fmt.Println("sequential inserts 1..10, height", h(t.root))
	fmt.Print(t)
	fmt.Println("balanced:", t.checkBalanced(t.root))

	t2 := NewAVL[string]()
	for _, s := range []string{"m", "c", "e", "x", "z", "a", "b", "q", "o"} {
		t2.Insert(s)
	}
	fmt.Print(t2)
	for _, kind := range []string{"LL", "LR", "RL", "RR"} {
		fmt.Printf("%s rotations: tree1=%d tree2=%d\n", kind, t.rotations[kind], t2.rotations[kind])
	}
}
