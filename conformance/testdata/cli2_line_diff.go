package main

import (
	"fmt"
	"strings"
)

const oldText = `server:
  host: localhost
  port: 8080
  debug: true
database:
  driver: postgres
  pool: 10
logging:
  level: info`

const newText = `server:
  host: 0.0.0.0
  port: 8080
database:
  driver: postgres
  pool: 25
  timeout: 30s
logging:
  level: info
  format: json`

type op struct {
	kind byte // ' ', '-', '+'
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

func stats(ops []op) (added, removed, same int) {
	for _, o := range ops {
		switch o.kind {
		case '+':
			added++
		case '-':
			removed++
		default:
			same++
		}
	}
	return
}

func main() {
	a := strings.Split(oldText, "\n")
	b := strings.Split(newText, "\n")
	ops := diff(a, b)
	fmt.Println("--- a/config.yaml")
	fmt.Println("+++ b/config.yaml")
	oldLine, newLine := 1, 1
	for _, o := range ops {
		switch o.kind {
		case '-':
			fmt.Printf("%c%-24s (old %d)\n", o.kind, o.text, oldLine)
			oldLine++
		case '+':
			fmt.Printf("%c%-24s (new %d)\n", o.kind, o.text, newLine)
			newLine++
		default:
			fmt.Printf("%c%s\n", o.kind, o.text)
			oldLine++
			newLine++
		}
	}
	add, rem, same := stats(ops)
	fmt.Printf("%d insertions(+), %d deletions(-), %d unchanged\n", add, rem, same)
	if len(diff(a, a)) == len(a) {
		add, rem, _ = stats(diff(a, a))
		fmt.Printf("self-diff: %d insertions, %d deletions\n", add, rem)
	}
}
