package main

import (
	"fmt"
	"strings"
)

const oldText = `package main
import "fmt"
func main() {
	fmt.Println("hello")
	x := 1
	fmt.Println(x)
}`

const newText = `package main
import "fmt"
// main says hi
func main() {
	fmt.Println("hello, world")
	x := 1
	fmt.Println(x)
}`

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
	Text string
}

// diff computes a line diff using a longest-common-subsequence table.
func diff(a, b []string) []Edit {
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
	var edits []Edit
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			edits = append(edits, Edit{Equal, a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			edits = append(edits, Edit{Delete, a[i]})
			i++
		default:
			edits = append(edits, Edit{Insert, b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		edits = append(edits, Edit{Delete, a[i]})
	}
	for ; j < m; j++ {
		edits = append(edits, Edit{Insert, b[j]})
	}
	return edits
}

func main() {
	a := strings.Split(oldText, "\n")
	b := strings.Split(newText, "\n")
	edits := diff(a, b)
	stats := map[OpKind]int{}
	fmt.Println("--- old.go")
	fmt.Println("+++ new.go")
	for _, e := range edits {
		stats[e.Kind]++
		fmt.Printf("%v%s\n", e.Kind, e.Text)
	}
	fmt.Printf("%d insertions(+), %d deletions(-), %d unchanged\n",
		stats[Insert], stats[Delete], stats[Equal])
	fmt.Printf("%+v\n", edits[2])
	fmt.Printf("%d %v %T\n", Delete, Delete, Delete)
	fmt.Println(len(diff(nil, []string{"x"})), len(diff(a, a)))
}
