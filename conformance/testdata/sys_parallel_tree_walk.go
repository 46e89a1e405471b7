package main

import (
	"fmt"
	"path"
	"sort"
	"sync"
)

type Node struct {
	Name     string
	Size     int
	Children []*Node
}

func (n *Node) IsDir() bool { return n.Children != nil }

func dir(name string, kids ...*Node) *Node {
	if kids == nil {
		kids = []*Node{}
	}
	return &Node{Name: name, Children: kids}
}

func file(name string, size int) *Node { return &Node{Name: name, Size: size} }

type Entry struct {
	Path string
	Size int
}

type Walker struct {
	mu      sync.Mutex
	entries []Entry
	wg      sync.WaitGroup
}

func (w *Walker) walk(p string, n *Node) int {
	full := path.Join(p, n.Name)
	if !n.IsDir() {
		w.mu.Lock()
		w.entries = append(w.entries, Entry{full, n.Size})
		w.mu.Unlock()
		return n.Size
	}
	sizes := make([]int, len(n.Children))
	var local sync.WaitGroup
	for i, c := range n.Children {
		local.Go(func() {
			sizes[i] = w.walk(full, c)
		})
	}
	local.Wait()
	total := 0
	for _, s := range sizes {
		total += s
	}
	w.mu.Lock()
	w.entries = append(w.entries, Entry{full + "/", total})
	w.mu.Unlock()
	return total
}

func main() {
	root := dir("root",
		dir("src",
			file("main.go", 1200),
			file("util.go", 800),
			dir("internal", file("a.go", 300), file("b.go", 450)),
		),
		dir("docs", file("README.md", 2000), dir("empty")),
		file("go.mod", 60),
	)
	w := &Walker{}
	total := w.walk("/", root)
	sort.Slice(w.entries, func(i, j int) bool { return w.entries[i].Path < w.entries[j].Path })
	for _, e := range w.entries {
		fmt.Printf("%6d  %s\n", e.Size, e.Path)
	}
	fmt.Println("total bytes:", total, "entries:", len(w.entries))
}
