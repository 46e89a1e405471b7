package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Name     string
	Size     int
	Children map[string]*Node
}

func (n *Node) IsDir() bool { return n.Children != nil }

func newDir(name string) *Node { return &Node{Name: name, Children: map[string]*Node{}} }

func (n *Node) Add(path string, size int) {
	parts := strings.Split(path, "/")
	cur := n
	for i, p := range parts {
		last := i == len(parts)-1
		child, ok := cur.Children[p]
		if !ok {
			if last {
				child = &Node{Name: p, Size: size}
			} else {
				child = newDir(p)
			}
			cur.Children[p] = child
		}
		cur = child
	}
}

func (n *Node) sortedChildren() []*Node {
	out := make([]*Node, 0, len(n.Children))
	for _, c := range n.Children {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].IsDir() != out[j].IsDir() {
			return out[i].IsDir()
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func (n *Node) Total() int {
	if !n.IsDir() {
		return n.Size
	}
	t := 0
	for _, c := range n.Children {
		t += c.Total()
	}
	return t
}

func printTree(n *Node, prefix string, counts *[2]int) {
	kids := n.sortedChildren()
	for i, c := range kids {
		branch, next := "├── ", "│   "
		if i == len(kids)-1 {
			branch, next = "└── ", "    "
		}
		if c.IsDir() {
			counts[0]++
			fmt.Printf("%s%s%s/ (%d bytes)\n", prefix, branch, c.Name, c.Total())
			printTree(c, prefix+next, counts)
		} else {
			counts[1]++
			fmt.Printf("%s%s%s (%d)\n", prefix, branch, c.Name, c.Size)
		}
	}
}

func find(n *Node, dir, suffix string, out *[]string) {
	for _, c := range n.sortedChildren() {
		p := dir + "/" + c.Name
		if c.IsDir() {
			find(c, p, suffix, out)
		} else if strings.HasSuffix(c.Name, suffix) {
			*out = append(*out, p)
		}
	}
}

func main() {
	root := newDir(".")
	files := map[string]int{
		"go.mod":                 42,
		"main.go":                512,
		"cmd/tool/main.go":       300,
		"cmd/tool/flags.go":      180,
		"internal/store/db.go":   900,
		"internal/store/db_test": 450,
		"internal/util/str.go":   120,
		"docs/README.md":         2048,
	}
	for p, sz := range files {
		root.Add(p, sz)
	}
	fmt.Println(".")
	var counts [2]int
	printTree(root, "", &counts)
	fmt.Printf("\n%d directories, %d files, %d bytes\n", counts[0], counts[1], root.Total())

	var found []string
	find(root, ".", ".go", &found)
	fmt.Println("\nfind . -name '*.go':")
	for _, f := range found {
		fmt.Println(" ", f)
	}
}
