package main

import (
	"fmt"
	"strings"
)

const before = `package main
import "fmt"
func main() {
	x := 1
	y := 2
	fmt.Println(x + y)
}`

const after = `package main
import "fmt"
// main adds numbers
func main() {
	x := 1
	z := 3
	fmt.Println(x + z)
}`

type op struct {
	kind byte
	text string
}

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

func show(title string, a, b []string) {
	fmt.Println("=== " + title)
	ops := diff(a, b)
	counts := map[byte]int{}
	for _, o := range ops {
		counts[o.kind]++
		fmt.Printf("%c %s\n", o.kind, strings.ReplaceAll(o.text, "\t", "    "))
	}
	fmt.Printf("summary: %d same, %d added, %d removed\n", counts[' '], counts['+'], counts['-'])
}

func main() {
	show("code", strings.Split(before, "\n"), strings.Split(after, "\n"))
	show("words", strings.Fields("the quick brown fox jumps"), strings.Fields("a quick red fox jumps high"))
	show("empty", nil, []string{"only", "new"})
}
