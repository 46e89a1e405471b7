package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node interface {
	Name() string
	Size() int64
	IsDir() bool
}

type File struct {
	name string
	size int64
}

func (f *File) Name() string { return f.name }
func (f *File) Size() int64  { return f.size }
func (f *File) IsDir() bool  { return false }

type Dir struct {
	name     string
	children []Node
}

func NewDir(name string, kids ...Node) *Dir { return &Dir{name: name, children: kids} }

func (d *Dir) Name() string { return d.name + "/" }
func (d *Dir) IsDir() bool  { return true }
func (d *Dir) Size() int64 {
	var total int64
	for _, c := range d.children {
		total += c.Size()
	}
	return total
}

func (d *Dir) Add(n Node) *Dir {
	d.children = append(d.children, n)
	sort.Slice(d.children, func(i, j int) bool {
		a, b := d.children[i], d.children[j]
		if a.IsDir() != b.IsDir() {
			return a.IsDir()
		}
		return a.Name() < b.Name()
	})
	return d
}

func (d *Dir) Find(path string) (Node, bool) {
	parts := strings.SplitN(path, "/", 2)
	for _, c := range d.children {
		if strings.TrimSuffix(c.Name(), "/") != parts[0] {
			continue
		}
		if len(parts) == 1 {
			return c, true
		}
		if sub, ok := c.(*Dir); ok {
			return sub.Find(parts[1])
		}
	}
	return nil, false
}

func Walk(n Node, path string, fn func(path string, n Node)) {
	fn(path+n.Name(), n)
	if d, ok := n.(*Dir); ok {
		for _, c := range d.children {
			Walk(c, path+d.Name(), fn)
		}
	}
}

func Print(n Node, indent string) {
	fmt.Printf("%s%-*s %6d\n", indent, 20-len(indent), n.Name(), n.Size())
	if d, ok := n.(*Dir); ok {
		for _, c := range d.children {
			Print(c, indent+"  ")
		}
	}
}

func main() {
	root := NewDir("root")
	src := NewDir("src")
	src.Add(&File{"main.go", 1200}).Add(&File{"util.go", 640})
	src.Add(NewDir("internal").Add(&File{"db.go", 3100}).Add(&File{"cache.go", 900}))
	root.Add(&File{"README.md", 512}).Add(src).Add(&File{"go.mod", 48})
	root.Add(NewDir("docs", &File{"guide.txt", 4000}))
	root.Add(NewDir("empty"))

	Print(root, "")

	files, dirs := 0, 0
	var biggest Node
	Walk(root, "", func(p string, n Node) {
		if n.IsDir() {
			dirs++
			return
		}
		files++
		if biggest == nil || n.Size() > biggest.Size() {
			biggest = n
		}
	})
	fmt.Printf("files=%d dirs=%d biggest=%s\n", files, dirs, biggest.Name())

	Walk(root, "", func(p string, n Node) {
		if strings.HasSuffix(p, ".go") {
			fmt.Println("go file:", p)
		}
	})
	for _, q := range []string{"src/internal/db.go", "src/internal", "docs/missing.txt", "go.mod"} {
		if n, ok := root.Find(q); ok {
			fmt.Printf("found %-20s -> %T size %d\n", q, n, n.Size())
		} else {
			fmt.Printf("not found %s\n", q)
		}
	}
}
