package main

import (
	"fmt"
	"strings"
)

type Grid [4][4]int

func (g *Grid) Fill() {
	for r := range len(g) {
		for c := range len(g[r]) {
			g[r][c] = (r + 1) * (c + 1)
		}
	}
}

func (g Grid) String() string {
	var b strings.Builder
	for r := range 4 {
		for c := range 4 {
			fmt.Fprintf(&b, "%3d", g[r][c])
		}
		if r < 3 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func triangle(n int) []string {
	rows := make([]string, 0, n)
	for i := range n {
		rows = append(rows, strings.Repeat(" ", n-i-1)+strings.Repeat("*", 2*i+1))
	}
	return rows
}

type Level uint8

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println("<- range 3")

	var lv Level = 4
	for l := range lv {
		fmt.Printf("%T(%d) ", l, l)
	}
	fmt.Println()

	count := 0
	for range 1000 {
		count++
	}
	fmt.Println("count:", count)
	for i := range 0 {
		fmt.Println("never", i)
	}

	var g Grid
	g.Fill()
	fmt.Println(g)

	for _, row := range triangle(4) {
		fmt.Println(row)
	}

	fmt.Println("min:", min(3, 1, 2), min(2.5, -1), min("pear", "apple", "fig"))
	fmt.Println("max:", max(3, 1, 2), max(0.1, 0.01), max("b", "ab"))
	const big = max(1<<10, 1000)
	fmt.Printf("const max: %d (%T)\n", big, big)

	scores := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := scores
	fmt.Println("before clear:", scores, len(scores))
	clear(scores)
	fmt.Println("after clear:", scores, len(scores), "alias:", alias)

	buf := []int{9, 8, 7, 6}
	view := buf[1:3]
	clear(view)
	fmt.Println("clear slice:", buf, len(buf), cap(view))

	lo, hi := 10, 20
	for _, v := range []int{5, 15, 25} {
		fmt.Printf("clamp(%d)=%d ", v, min(max(v, lo), hi))
	}
	fmt.Println()

	var total int
	for i := range 10 {
		if i%3 == 0 {
			continue
		}
		total += i
	}
	fmt.Println("sum of non-multiples of 3 below 10:", total)
}
