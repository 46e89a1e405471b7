package main

import (
	"fmt"
	"strings"
)

// Node is the component interface for the composite.
type Node interface {
	Name() string
	Size() int64
	write(sb *strings.Builder, depth int)
}

type File struct {
	name  string
	bytes int64
}

func (f *File) Name() string { return f.name }
func (f *File) Size() int64  { return f.bytes }
func (f *File) write(sb *strings.Builder, depth int) {
	fmt.Fprintf(sb, "%s%s (%d)\n", strings.Repeat("  ", depth), f.name, f.bytes)
}
func (f *File) String() string { return fmt.Sprintf("file %s", f.name) }

type Dir struct {
	name     string
	children []Node
}

func NewDir(name string, children ...Node) *Dir { return &Dir{name: name, children: children} }

func (d *Dir) Add(n Node) *Dir { d.children = append(d.children, n); return d }
func (d *Dir) Name() string    { return d.name + "/" }

func (d *Dir) Size() int64 {
	var total int64
	for _, c := range d.children {
		total += c.Size()
	}
	return total
}

func (d *Dir) write(sb *strings.Builder, depth int) {
	fmt.Fprintf(sb, "%s%s [%d]\n", strings.Repeat("  ", depth), d.Name(), d.Size())
	for _, c := range d.children {
		c.write(sb, depth+1)
	}
}

func (d *Dir) String() string {
	var sb strings.Builder
	d.write(&sb, 0)
	return strings.TrimRight(sb.String(), "\n")
}

func Walk(n Node, path string, visit func(path string, n Node)) {
	p := path + n.Name()
	visit(p, n)
	if d, ok := n.(*Dir); ok {
		for _, c := range d.children {
			Walk(c, p, visit)
		}
	}
}

func main() {
	src := NewDir("src", &File{"main.go", 1200}, &File{"util.go", 800})
	docs := NewDir("docs", &File{"README.md", 450})
	root := NewDir("project", src, docs, &File{"go.mod", 60})
	docs.Add(NewDir("img", &File{"logo.png", 20480}))

	fmt.Println(root)
	fmt.Println("total size:", root.Size())

	var big []Node
	Walk(root, "", func(path string, n Node) {
		if _, ok := n.(*File); ok && n.Size() >= 800 {
			big = append(big, n)
			fmt.Printf("%-28s %6d %T\n", path, n.Size(), n)
		}
	})
	fmt.Println(big)
	fmt.Printf("%v | %s\n", src.children[0], NewDir("empty"))
}
