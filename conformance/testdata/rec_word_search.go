package main

import (
	"fmt"
	"slices"
	"strings"
)

type pos struct{ r, c int }

type board [][]byte

var dirs = []pos{{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}}

// find searches for word along any path of neighbouring cells (diagonal
// steps only if allowed), never reusing a cell. It returns the first path.
func (b board) find(word string, diagonal bool) []pos {
	steps := dirs
	if !diagonal {
		steps = dirs[:4]
	}
	var path []pos
	var try func(p pos, i int) bool
	try = func(p pos, i int) bool {
		if p.r < 0 || p.r >= len(b) || p.c < 0 || p.c >= len(b[p.r]) || b[p.r][p.c] != word[i] {
			return false
		}
		path = append(path, p)
		if i == len(word)-1 {
			return true
		}
		saved := b[p.r][p.c]
		b[p.r][p.c] = '#' // mark as used
		for _, d := range steps {
			if try(pos{p.r + d.r, p.c + d.c}, i+1) {
				b[p.r][p.c] = saved
				return true
			}
		}
		b[p.r][p.c] = saved
		path = path[:len(path)-1]
		return false
	}
	for r := range b {
		for c := range b[r] {
			if try(pos{r, c}, 0) {
				return path
			}
		}
	}
	return nil
}

// highlight returns a copy of the board with only the path letters shown.
func (b board) highlight(path []pos) string {
	var sb strings.Builder
	for r := range b {
		for c := range b[r] {
			if c > 0 {
				sb.WriteByte(' ')
			}
			if slices.Contains(path, pos{r, c}) {
				sb.WriteByte(b[r][c])
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	b := board{
		[]byte("GOPHR"),
		[]byte("RECUS"),
		[]byte("ATRIE"),
		[]byte("PSEON"),
		[]byte("HTKAM"),
	}
	words := []string{"RECURSION", "GOPHER", "TREE", "GRAPH", "STACK", "TRIE", "PASTE", "MONO", "HEAP"}
	var found, missing []string
	for _, w := range words {
		if p := b.find(w, true); p != nil {
			found = append(found, w)
			fmt.Printf("%-9s at %v\n", w, p)
		} else {
			missing = append(missing, w)
		}
	}
	slices.Sort(found)
	fmt.Println("found:", found)
	fmt.Println("missing:", missing)

	p := b.find("RECURSION", true)
	fmt.Print(b.highlight(p))

	for _, w := range []string{"TRIE", "GRAPH", "PASTE"} {
		fmt.Printf("%-5s straight-only: %t, with diagonals: %t\n", w, b.find(w, false) != nil, b.find(w, true) != nil)
	}
	fmt.Printf("board unchanged: %q\n", b)
}
