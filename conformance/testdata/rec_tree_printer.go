package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Name string
	Size int
	Kids []*Node
}

func dir(name string, kids ...*Node) *Node { return &Node{Name: name, Kids: kids} }
func file(name string, size int) *Node     { return &Node{Name: name, Size: size} }

// Total sums file sizes in the whole subtree.
func (n *Node) Total() int {
	t := n.Size
	for _, k := range n.Kids {
		t += k.Total()
	}
	return t
}

// draw prints the subtree under n using box-drawing connectors.
func draw(sb *strings.Builder, n *Node, prefix string) {
	for i, k := range n.Kids {
		conn, ext := "├── ", "│   "
		if i == len(n.Kids)-1 {
			conn, ext = "└── ", "    "
		}
		label := k.Name
		if k.Kids != nil {
			label += fmt.Sprintf("/ (%d)", k.Total())
		} else {
			label += fmt.Sprintf(" [%d]", k.Size)
		}
		sb.WriteString(prefix + conn + label + "\n")
		draw(sb, k, prefix+ext)
	}
}

type BT struct {
	Val  int
	L, R *BT
}

func insert(t *BT, v int) *BT {
	if t == nil {
		return &BT{Val: v}
	}
	if v < t.Val {
		t.L = insert(t.L, v)
	} else {
		t.R = insert(t.R, v)
	}
	return t
}

// sideways prints the tree rotated 90 degrees: right subtree on top.
func sideways(t *BT, depth int) {
	if t == nil {
		return
	}
	sideways(t.R, depth+1)
	fmt.Printf("%s%d\n", strings.Repeat("    ", depth), t.Val)
	sideways(t.L, depth+1)
}

// levels groups values by depth using a recursive pre-order walk.
func levels(t *BT, depth int, acc [][]int) [][]int {
	if t == nil {
		return acc
	}
	if depth == len(acc) {
		acc = append(acc, nil)
	}
	acc[depth] = append(acc[depth], t.Val)
	acc = levels(t.L, depth+1, acc)
	return levels(t.R, depth+1, acc)
}

func main() {
	root := dir("project",
		dir("cmd", dir("server", file("main.go", 120))),
		dir("internal",
			dir("store", file("store.go", 340), file("store_test.go", 210)),
			file("doc.go", 15)),
		file("go.mod", 30),
		file("README.md", 88),
	)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s/ (%d)\n", root.Name, root.Total())
	draw(&sb, root, "")
	fmt.Print(sb.String())

	var t *BT
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 65} {
		t = insert(t, v)
	}
	fmt.Println("binary tree, rotated:")
	sideways(t, 0)
	for d, vals := range levels(t, 0, nil) {
		fmt.Printf("level %d: %v\n", d, vals)
	}
}
