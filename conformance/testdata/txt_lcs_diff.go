package main

import (
	"fmt"
	"strings"
)

type op struct {
	kind byte // ' ', '-', '+'
	text string
}

// diff computes an edit script via the longest common subsequence table.
func diff(a, b []string) []op {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []op
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			ops = append(ops, op{' ', a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			ops = append(ops, op{'-', a[i]})
			i++
		default:
			ops = append(ops, op{'+', b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		ops = append(ops, op{'-', a[i]})
	}
	for ; j < m; j++ {
		ops = append(ops, op{'+', b[j]})
	}
	return ops
}

func stats(ops []op) (same, del, add int) {
	for _, o := range ops {
		switch o.kind {
		case ' ':
			same++
		case '-':
			del++
		case '+':
			add++
		}
	}
	return
}

const before = `package main

import "fmt"

func main() {
	x := 1
	y := 2
	fmt.Println(x + y)
}`

const after = `package main

import (
	"fmt"
	"os"
)

func main() {
	x := 1
	fmt.Println(x * 3)
	os.Exit(0)
}`

func main() {
	a := strings.Split(before, "\n")
	b := strings.Split(after, "\n")
	ops := diff(a, b)
	fmt.Println("--- before")
	fmt.Println("+++ after")
	ln, rn := 1, 1
	for _, o := range ops {
		switch o.kind {
		case ' ':
			fmt.Printf("%3d %3d   %s\n", ln, rn, o.text)
			ln++
			rn++
		case '-':
			fmt.Printf("%3d      - %s\n", ln, o.text)
			ln++
		case '+':
			fmt.Printf("    %3d  + %s\n", rn, o.text)
			rn++
		}
	}
	s, d, ad := stats(ops)
	fmt.Printf("unchanged=%d deleted=%d added=%d\n", s, d, ad)

	// Word-level diff rendered inline.
	w1 := strings.Fields("the quick brown fox jumps over the lazy dog")
	w2 := strings.Fields("the quick red fox leaps over the very lazy dog")
	var sb strings.Builder
	for _, o := range diff(w1, w2) {
		switch o.kind {
		case '-':
			fmt.Fprintf(&sb, "[-%s-] ", o.text)
		case '+':
			fmt.Fprintf(&sb, "{+%s+} ", o.text)
		default:
			sb.WriteString(o.text + " ")
		}
	}
	fmt.Println(strings.TrimSpace(sb.String()))

	// Character-level diff on runes.
	c1 := strings.Split("kitten", "")
	c2 := strings.Split("sitting", "")
	var compact []string
	for _, o := range diff(c1, c2) {
		compact = append(compact, string(o.kind)+o.text)
	}
	fmt.Printf("%q\n", compact)
	s, d, ad = stats(diff(c1, c2))
	fmt.Printf("kitten->sitting: lcs=%d edits=%d\n", s, d+ad)
}
