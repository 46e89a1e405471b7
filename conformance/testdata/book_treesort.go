// Section 4.4 and Exercise 7.3: treesort with a String method on *tree.
package main

import (
	"fmt"
	"strings"
)

type tree struct {
	value       int
	left, right *tree
}

// Sort sorts values in place.
func Sort(values []int) {
	var root *tree
	for _, v := range values {
		root = add(root, v)
	}
	appendValues(values[:0], root)
}

// appendValues appends the elements of t to values in order.
func appendValues(values []int, t *tree) []int {
	if t != nil {
		values = appendValues(values, t.left)
		values = append(values, t.value)
		values = appendValues(values, t.right)
	}
	return values
}

func add(t *tree, value int) *tree {
	if t == nil {
		t = new(tree)
		t.value = value
		return t
	}
	if value < t.value {
		t.left = add(t.left, value)
	} else {
		t.right = add(t.right, value)
	}
	return t
}

// String shows the values in order, as in Exercise 7.3.
func (t *tree) String() string {
	return fmt.Sprint(appendValues(nil, t))
}

func (t *tree) height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.left.height(), t.right.height())
}

// draw prints the tree sideways.
func (t *tree) draw(sb *strings.Builder, depth int) {
	if t == nil {
		return
	}
	t.right.draw(sb, depth+1)
	fmt.Fprintf(sb, "%s%d\n", strings.Repeat("    ", depth), t.value)
	t.left.draw(sb, depth+1)
}

func main() {
	data := []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 5}
	var root *tree
	for _, v := range data {
		root = add(root, v)
	}
	fmt.Println("tree:", root)
	fmt.Println("height:", root.height())
	var sb strings.Builder
	root.draw(&sb, 0)
	fmt.Print(sb.String())

	Sort(data)
	fmt.Println("sorted:", data)

	var empty *tree
	fmt.Println("empty:", empty, empty.height())
}
