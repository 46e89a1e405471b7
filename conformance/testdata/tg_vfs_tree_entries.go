package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// An in-memory file system. Dir and File are mutually referential through
// parent pointers and the Entry interface.

type Entry interface {
	Name() string
	Size() int
	Parent() *Dir
	setParent(*Dir)
}

type File struct {
	name   string
	data   []byte
	parent *Dir
}

type Dir struct {
	name     string
	children map[string]Entry
	parent   *Dir
}

func (f *File) Name() string     { return f.name }
func (f *File) Size() int        { return len(f.data) }
func (f *File) Parent() *Dir     { return f.parent }
func (f *File) setParent(d *Dir) { f.parent = d }
func (d *Dir) Name() string      { return d.name }
func (d *Dir) Parent() *Dir      { return d.parent }
func (d *Dir) setParent(p *Dir)  { d.parent = p }
func NewDir(name string) *Dir    { return &Dir{name: name, children: map[string]Entry{}} }
func (d *Dir) names() []string   { return sortedKeys(d.children) }
func sortedKeys(m map[string]Entry) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (d *Dir) Size() int {
	total := 0
	for _, c := range d.children {
		total += c.Size() // recursion through the interface
	}
	return total
}

var ErrExists = errors.New("already exists")

func (d *Dir) Add(e Entry) error {
	if _, ok := d.children[e.Name()]; ok {
		return fmt.Errorf("add %s to %s: %w", e.Name(), Path(d), ErrExists)
	}
	if old := e.Parent(); old != nil {
		delete(old.children, e.Name())
	}
	d.children[e.Name()] = e
	e.setParent(d)
	return nil
}

func Path(e Entry) string {
	var parts []string
	for cur := e; cur != nil; {
		parts = append(parts, cur.Name())
		p := cur.Parent()
		if p == nil {
			break
		}
		cur = p // assigning *Dir to Entry: never a typed nil here thanks to the check
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, "/")
}

func Walk(e Entry, depth int, visit func(Entry, int)) {
	visit(e, depth)
	if d, ok := e.(*Dir); ok {
		for _, n := range d.names() {
			Walk(d.children[n], depth+1, visit)
		}
	}
}

func show(root *Dir) {
	Walk(root, 0, func(e Entry, depth int) {
		kind := "f"
		if _, ok := e.(*Dir); ok {
			kind = "d"
		}
		fmt.Printf("%s%s %s (%d)\n", strings.Repeat("  ", depth), kind, e.Name(), e.Size())
	})
}

func main() {
	root := NewDir("")
	home, etc, docs := NewDir("home"), NewDir("etc"), NewDir("docs")
	must := func(err error) {
		if err != nil {
			fmt.Println("error:", err, "| exists:", errors.Is(err, ErrExists))
		}
	}
	must(root.Add(home))
	must(root.Add(etc))
	must(home.Add(docs))
	must(etc.Add(&File{name: "hosts", data: []byte("127.0.0.1 localhost")}))
	must(docs.Add(&File{name: "todo.txt", data: []byte("write tests")}))
	readme := &File{name: "readme", data: []byte("hello")}
	must(home.Add(readme))
	must(home.Add(&File{name: "readme"}))
	show(root)

	fmt.Println("path:", Path(readme), "|", Path(docs.children["todo.txt"]))
	must(docs.Add(readme)) // move: detaches from home
	fmt.Println("moved path:", Path(readme), "home has readme:", home.children["readme"] != nil)
	must(etc.Add(docs)) // move a whole subtree
	show(root)
	fmt.Println("todo path now:", Path(docs.children["todo.txt"]), "root size:", root.Size())
}
