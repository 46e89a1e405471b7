package main

import (
	"errors"
	"fmt"
)

type rbNode struct {
	key    int
	red    bool
	child  [2]*rbNode // 0 = left, 1 = right
	parent *rbNode
}

type RBTree struct {
	root *rbNode
	size int
}

func (n *rbNode) dir() int {
	if n.parent.child[0] == n {
		return 0
	}
	return 1
}

// rotate moves x down in direction d (d=0 is a left rotation).
func (t *RBTree) rotate(x *rbNode, d int) {
	y := x.child[1-d]
	x.child[1-d] = y.child[d]
	if y.child[d] != nil {
		y.child[d].parent = x
	}
	y.parent = x.parent
	if x.parent == nil {
		t.root = y
	} else {
		x.parent.child[x.dir()] = y
	}
	y.child[d] = x
	x.parent = y
}

func isRed(n *rbNode) bool { return n != nil && n.red }

func (t *RBTree) Insert(key int) error {
	var parent *rbNode
	d := 0
	for cur := t.root; cur != nil; cur = cur.child[d] {
		if key == cur.key {
			return fmt.Errorf("duplicate key %d", key)
		}
		parent = cur
		d = 0
		if key > cur.key {
			d = 1
		}
	}
	z := &rbNode{key: key, red: true, parent: parent}
	if parent == nil {
		t.root = z
	} else {
		parent.child[d] = z
	}
	t.size++
	for isRed(z.parent) {
		p, g := z.parent, z.parent.parent
		pd := p.dir()
		if u := g.child[1-pd]; isRed(u) {
			p.red, u.red, g.red = false, false, true
			z = g
			continue
		}
		if z.dir() != pd {
			z = p
			t.rotate(z, pd)
			p = z.parent
		}
		p.red, g.red = false, true
		t.rotate(g, 1-pd)
	}
	t.root.red = false
	return nil
}

// check returns the black height of n or an error if a red-black rule is broken.
func check(n *rbNode) (int, error) {
	if n == nil {
		return 1, nil
	}
	if isRed(n) && (isRed(n.child[0]) || isRed(n.child[1])) {
		return 0, fmt.Errorf("red node %d has red child", n.key)
	}
	lh, lerr := check(n.child[0])
	rh, rerr := check(n.child[1])
	if err := errors.Join(lerr, rerr); err != nil {
		return 0, err
	}
	if lh != rh {
		return 0, errors.New("black heights differ")
	}
	if !n.red {
		lh++
	}
	return lh, nil
}

func (n *rbNode) String() string {
	if n == nil {
		return "."
	}
	c := "B"
	if n.red {
		c = "R"
	}
	if n.child[0] == nil && n.child[1] == nil {
		return fmt.Sprintf("%d%s", n.key, c)
	}
	return fmt.Sprintf("(%v %d%s %v)", n.child[0], n.key, c, n.child[1])
}

func main() {
	t := &RBTree{}
	keys := []int{41, 38, 31, 12, 19, 8, 45, 50, 38, 60, 70, 5, 1}
	for _, k := range keys {
		if err := t.Insert(k); err != nil {
			fmt.Println("insert error:", err)
			continue
		}
		bh, err := check(t.root)
		status := "ok"
		if err != nil {
			status = err.Error()
		}
		fmt.Printf("+%-3d size=%-2d bh=%d %s\n", k, t.size, bh, status)
	}
	fmt.Println(t.root)
	broken := &rbNode{key: 2, red: true}
	broken.child[0] = &rbNode{key: 1, red: true, parent: broken}
	if _, err := check(broken); err != nil {
		fmt.Println("manual tree:", err)
	}
}
