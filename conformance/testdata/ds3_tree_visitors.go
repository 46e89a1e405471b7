package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	Value    T
	Children []*Tree[T]
}

func Leaf[T any](v T) *Tree[T] { return &Tree[T]{Value: v} }

func Node[T any](v T, kids ...*Tree[T]) *Tree[T] { return &Tree[T]{Value: v, Children: kids} }

func (t *Tree[T]) Add(child *Tree[T]) *Tree[T] {
	t.Children = append(t.Children, child)
	return t
}

// Visitor receives each node with its depth; returning false skips the subtree.
type Visitor[T any] interface {
	Visit(v T, depth int) bool
	Leave(v T, depth int)
}

func (t *Tree[T]) Walk(vis Visitor[T]) { t.walk(vis, 0) }

func (t *Tree[T]) walk(vis Visitor[T], depth int) {
	if !vis.Visit(t.Value, depth) {
		return
	}
	for _, c := range t.Children {
		c.walk(vis, depth+1)
	}
	vis.Leave(t.Value, depth)
}

func (t *Tree[T]) Len() int {
	n := 1
	for _, c := range t.Children {
		n += c.Len()
	}
	return n
}

type printer[T any] struct{ sb strings.Builder }

func (p *printer[T]) Visit(v T, depth int) bool {
	fmt.Fprintf(&p.sb, "%s%v\n", strings.Repeat("  ", depth), v)
	return true
}
func (p *printer[T]) Leave(T, int) {}

type collector[T any] struct {
	maxDepth int
	out      []T
}

func (c *collector[T]) Visit(v T, depth int) bool {
	c.out = append(c.out, v)
	return depth < c.maxDepth
}
func (c *collector[T]) Leave(T, int) {}

type sizeSummer struct {
	stack []int
	total int
}

func (s *sizeSummer) Visit(f File, depth int) bool {
	s.stack = append(s.stack, f.Size)
	return true
}

func (s *sizeSummer) Leave(f File, depth int) {
	n := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	if len(s.stack) > 0 {
		s.stack[len(s.stack)-1] += n
	} else {
		s.total = n
	}
	if strings.HasSuffix(f.Name, "/") {
		fmt.Printf("dir %-8s %5d bytes\n", f.Name, n)
	}
}

type File struct {
	Name string
	Size int
}

func (f File) String() string {
	if f.Size == 0 {
		return f.Name
	}
	return fmt.Sprintf("%s (%d)", f.Name, f.Size)
}

func main() {
	fs := Node(File{"/", 0},
		Node(File{"src/", 0}, Leaf(File{"main.go", 1200}), Leaf(File{"util.go", 640})),
		Node(File{"docs/", 0}, Leaf(File{"README", 300}), Node(File{"img/", 0}, Leaf(File{"logo.png", 4096}))),
		Leaf(File{"go.mod", 40}),
	)
	p := &printer[File]{}
	fs.Walk(p)
	fmt.Print(p.sb.String())
	fmt.Println("nodes:", fs.Len())

	sum := &sizeSummer{}
	fs.Walk(sum)
	fmt.Println("total:", sum.total)

	shallow := &collector[File]{maxDepth: 1}
	fs.Walk(shallow)
	fmt.Println("depth<=1:", shallow.out)

	nums := Node(1, Node(2, Leaf(4), Leaf(5)), Node(3, Leaf(6)))
	nums.Children[1].Add(Leaf(7))
	all := &collector[int]{maxDepth: 10}
	nums.Walk(all)
	fmt.Println("preorder ints:", all.out, "len", nums.Len())
}
