package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.R, p.C) }

type Grid []string

func (g Grid) At(p Point) (byte, bool) {
	if p.R < 0 || p.R >= len(g) || p.C < 0 || p.C >= len(g[p.R]) {
		return 0, false
	}
	return g[p.R][p.C], true
}

// FindWord searches all 8 directions and returns the start and direction.
func (g Grid) FindWord(word string) (Point, Point, bool) {
	dirs := []Point{{0, 1}, {1, 0}, {1, 1}, {-1, 1}, {0, -1}, {-1, 0}, {-1, -1}, {1, -1}}
	for r := range g {
		for c := range g[r] {
		dirLoop:
			for _, d := range dirs {
				for k := 0; k < len(word); k++ {
					ch, ok := g.At(Point{r + k*d.R, c + k*d.C})
					if !ok || ch != word[k] {
						continue dirLoop
					}
				}
				return Point{r, c}, d, true
			}
		}
	}
	return Point{}, Point{}, false
}

func main() {
	g := Grid{
		"GOLANGX",
		"XCLOSEQ",
		"LOOPSAF",
		"REFEDXU",
		"MAPZQTN",
		"CHANXQC",
	}

	for _, w := range []string{"GOLANG", "CLOSE", "LOOP", "DEFER", "FUNC", "CHAN", "MAP", "PANIC"} {
		if start, dir, ok := g.FindWord(w); ok {
			fmt.Printf("%-6s found at %v dir %v\n", w, start, dir)
		} else {
			fmt.Printf("%-6s not found\n", w)
		}
	}

	// First row/col where a predicate holds, using labelled break.
	preds := map[string]func(byte) bool{
		"vowel": func(b byte) bool { return strings.IndexByte("AEIOU", b) >= 0 },
		"Q":     func(b byte) bool { return b == 'Q' },
		"digit": func(b byte) bool { return b >= '0' && b <= '9' },
	}
	for _, name := range []string{"vowel", "Q", "digit"} {
		pred := preds[name]
		found := Point{-1, -1}
	search:
		for r, row := range g {
			for c := 0; c < len(row); c++ {
				if pred(row[c]) {
					found = Point{r, c}
					break search
				}
			}
		}
		fmt.Printf("first %-5s at %v\n", name, found)
	}

	// Count X and Q per row, giving up on a row as soon as a Z shows up.
	counts := make([]int, len(g))
rows:
	for r, row := range g {
		for i := 0; i < len(row); i++ {
			switch row[i] {
			case 'Z':
				counts[r] = -1
				continue rows
			case 'X', 'Q':
				counts[r]++
			}
		}
	}
	fmt.Println("X/Q per row (-1 = has Z):", counts)
}
