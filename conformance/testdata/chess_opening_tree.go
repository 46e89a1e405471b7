package main

import (
	"fmt"
	"sort"
	"strings"
)

// Node is one position in an opening tree, keyed by the move that reached it.
type Node struct {
	Move     string
	Name     string
	Games    int
	Children map[string]*Node
}

func NewNode(move string) *Node {
	return &Node{Move: move, Children: make(map[string]*Node)}
}

// Insert walks the line, creating nodes as needed, and counts games.
func (n *Node) Insert(line, name string, games int) {
	cur := n
	cur.Games += games
	for _, mv := range strings.Fields(line) {
		child, ok := cur.Children[mv]
		if !ok {
			child = NewNode(mv)
			cur.Children[mv] = child
		}
		child.Games += games
		cur = child
	}
	cur.Name = name
}

func (n *Node) sortedChildren() []*Node {
	kids := make([]*Node, 0, len(n.Children))
	for _, c := range n.Children {
		kids = append(kids, c)
	}
	sort.Slice(kids, func(i, j int) bool {
		if kids[i].Games != kids[j].Games {
			return kids[i].Games > kids[j].Games
		}
		return kids[i].Move < kids[j].Move
	})
	return kids
}

func (n *Node) Print(depth int) {
	for _, c := range n.sortedChildren() {
		label := ""
		if c.Name != "" {
			label = "  <" + c.Name + ">"
		}
		fmt.Printf("%s%s (%d)%s\n", strings.Repeat("  ", depth), c.Move, c.Games, label)
		c.Print(depth + 1)
	}
}

// Lookup returns the deepest named opening along a line.
func (n *Node) Lookup(line string) (string, int) {
	cur, best, depth := n, "unknown", 0
	for i, mv := range strings.Fields(line) {
		next, ok := cur.Children[mv]
		if !ok {
			break
		}
		cur = next
		if cur.Name != "" {
			best, depth = cur.Name, i+1
		}
	}
	return best, depth
}

func (n *Node) Size() int {
	total := 1
	for _, c := range n.Children {
		total += c.Size()
	}
	return total
}

func main() {
	root := NewNode("")
	root.Insert("e4 e5 Nf3 Nc6 Bb5", "Ruy Lopez", 120)
	root.Insert("e4 e5 Nf3 Nc6 Bc4", "Italian Game", 95)
	root.Insert("e4 c5", "Sicilian Defence", 210)
	root.Insert("e4 c5 Nf3 d6 d4", "Sicilian, Open", 80)
	root.Insert("e4 e6", "French Defence", 70)
	root.Insert("d4 d5 c4", "Queen's Gambit", 150)
	root.Insert("d4 Nf6 c4 g6", "King's Indian", 90)
	root.Insert("c4", "English Opening", 60)

	fmt.Println("total games:", root.Games, "nodes:", root.Size())
	root.Print(0)
	for _, line := range []string{"e4 e5 Nf3 Nc6 Bb5 a6", "e4 c5 Nc3", "d4 d5 c4 e6", "g3", "d4 Nf6"} {
		name, depth := root.Lookup(line)
		fmt.Printf("%-24q -> %s (after %d plies)\n", line, name, depth)
	}
}
