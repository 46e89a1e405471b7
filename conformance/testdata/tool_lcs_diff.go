// Command tool_lcs_diff compares two lists of lines using a longest common
// subsequence table and prints a unified-style diff plus a summary.
package main

import (
	"fmt"
	"strings"
)

// Op is the kind of one edit.
type Op byte

const (
	Keep   Op = ' '
	Insert Op = '+'
	Delete Op = '-'
)

func (o Op) String() string {
	switch o {
	case Keep:
		return "keep"
	case Insert:
		return "insert"
	case Delete:
		return "delete"
	}
	return "?"
}

type Edit struct {
	Op   Op
	Line string
}

// lcsTable builds the classic dynamic programming table.
func lcsTable[T comparable](a, b []T) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	return t
}

func diff(a, b []string) []Edit {
	t := lcsTable(a, b)
	var edits []Edit
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			edits = append(edits, Edit{Keep, a[i]})
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			edits = append(edits, Edit{Delete, a[i]})
			i++
		default:
			edits = append(edits, Edit{Insert, b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		edits = append(edits, Edit{Delete, a[i]})
	}
	for ; j < len(b); j++ {
		edits = append(edits, Edit{Insert, b[j]})
	}
	return edits
}

var before = strings.Split(`package main
import "fmt"
func main() {
	x := 1
	y := 2
	fmt.Println(x + y)
}`, "\n")

var after = strings.Split(`package main
import (
	"fmt"
)
func main() {
	x := 1
	fmt.Println(x * 10)
	fmt.Println("done")
}`, "\n")

func main() {
	edits := diff(before, after)
	fmt.Println("--- before")
	fmt.Println("+++ after")
	counts := map[Op]int{}
	for _, e := range edits {
		counts[e.Op]++
		fmt.Printf("%c%s\n", e.Op, e.Line)
	}
	fmt.Println()
	for _, op := range []Op{Keep, Delete, Insert} {
		fmt.Printf("%-7v %d\n", op, counts[op])
	}
	t := lcsTable(before, after)
	fmt.Printf("LCS length: %d of %d/%d lines\n", t[0][0], len(before), len(after))
	w := lcsTable([]rune("kitten"), []rune("sitting"))
	fmt.Printf("LCS(%q, %q) = %d\n", "kitten", "sitting", w[0][0])
	fmt.Printf("first edit: %+v (%T)\n", edits[0], edits[0].Op)
}
