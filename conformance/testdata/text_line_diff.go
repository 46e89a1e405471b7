package main

import (
	"fmt"
	"strings"
)

type OpKind int

const (
	Equal OpKind = iota
	Insert
	Delete
)

func (k OpKind) String() string {
	return [...]string{" ", "+", "-"}[k]
}

type Edit struct {
	Kind OpKind
	Line string
}

// lcsTable builds the classic dynamic-programming table where
// t[i][j] is the LCS length of a[i:] and b[j:].
func lcsTable(a, b []string) [][]int {
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

func Diff(oldText, newText string) []Edit {
	a, b := strings.Split(oldText, "\n"), strings.Split(newText, "\n")
	t := lcsTable(a, b)
	var edits []Edit
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			edits = append(edits, Edit{Equal, a[i]})
			i, j = i+1, j+1
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

func main() {
	before := `package main
import "fmt"
func main() {
	fmt.Println("hello")
	x := 1
	fmt.Println(x)
}`
	after := `package main
import (
	"fmt"
)
func main() {
	x := 2
	fmt.Println(x)
	fmt.Println("bye")
}`
	stats := map[OpKind]int{}
	for _, e := range Diff(before, after) {
		stats[e.Kind]++
		fmt.Printf("%v %s\n", e.Kind, e.Line)
	}
	fmt.Printf("unchanged=%d added=%d removed=%d\n", stats[Equal], stats[Insert], stats[Delete])

	for _, pair := range [][2]string{{"a\nb\nc", "a\nb\nc"}, {"", "x"}, {"x\ny", "y\nx"}} {
		var parts []string
		for _, e := range Diff(pair[0], pair[1]) {
			parts = append(parts, e.Kind.String()+e.Line)
		}
		fmt.Printf("%q -> %q\n", pair, parts)
	}
}
