package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = `0: 79 98 | old * 19 | 23 2 3
1: 54 65 75 74 | old + 6 | 19 2 0
2: 79 60 97 | old * old | 13 1 3
3: 74 | old + 3 | 17 0 1`

type Monkey struct {
	Items    []int
	Op       func(int) int
	Div      int
	IfTrue   int
	IfFalse  int
	Inspects int
}

func parseOp(s string) func(int) int {
	f := strings.Fields(s)
	if f[2] == "old" {
		return func(x int) int { return x * x }
	}
	n, _ := strconv.Atoi(f[2])
	if f[1] == "+" {
		return func(x int) int { return x + n }
	}
	return func(x int) int { return x * n }
}

func parse() []*Monkey {
	var ms []*Monkey
	for _, line := range strings.Split(input, "\n") {
		parts := strings.Split(line, " | ")
		m := &Monkey{Op: parseOp(parts[1])}
		_, items, _ := strings.Cut(parts[0], ": ")
		for _, f := range strings.Fields(items) {
			n, _ := strconv.Atoi(f)
			m.Items = append(m.Items, n)
		}
		fmt.Sscan(parts[2], &m.Div, &m.IfTrue, &m.IfFalse)
		ms = append(ms, m)
	}
	return ms
}

func business(rounds int, relief func(int) int) int {
	ms := parse()
	mod := 1
	for _, m := range ms {
		mod *= m.Div
	}
	for range rounds {
		for _, m := range ms {
			for _, item := range m.Items {
				m.Inspects++
				w := relief(m.Op(item)) % mod
				target := m.IfFalse
				if w%m.Div == 0 {
					target = m.IfTrue
				}
				ms[target].Items = append(ms[target].Items, w)
			}
			m.Items = m.Items[:0]
		}
	}
	counts := make([]int, len(ms))
	for i, m := range ms {
		counts[i] = m.Inspects
	}
	slices.SortFunc(counts, func(a, b int) int { return cmp.Compare(b, a) })
	fmt.Println("inspections:", counts)
	return counts[0] * counts[1]
}

func main() {
	fmt.Println("part 1:", business(20, func(w int) int { return w / 3 }))
	fmt.Println("part 2:", business(10000, func(w int) int { return w }))
}
