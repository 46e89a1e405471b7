package main

import (
	"fmt"
	"strings"
)

type Grid [][]rune

func NewGrid(w, h int, fill rune) Grid {
	g := make(Grid, h)
	for y := range h {
		g[y] = []rune(strings.Repeat(string(fill), w))
	}
	return g
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		sb.WriteString(string(row))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Line(x0, y0, x1, y1 int, r rune) {
	steps := max(abs(x1-x0), abs(y1-y0))
	for i := range steps + 1 {
		x := x0 + (x1-x0)*i/max(steps, 1)
		y := y0 + (y1-y0)*i/max(steps, 1)
		g[y][x] = r
	}
}

func abs(n int) int { return max(n, -n) }

type Stats struct {
	Lo, Hi int
	Count  int
}

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	var n8 int8 = 4
	for i := range n8 {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()

	const limit = 5
	total := 0
	for i := range limit {
		total += i * i
	}
	fmt.Println("sum of squares <5:", total)

	count := 0
	for range 10 {
		count++
	}
	fmt.Println("count:", count)
	for range 0 {
		fmt.Println("never")
	}

	g := NewGrid(12, 5, '.')
	g.Line(0, 0, 11, 4, '#')
	g.Line(0, 4, 5, 4, '=')
	g.Line(11, 0, 11, 2, '|')
	fmt.Print(g)

	data := []int{17, -3, 42, 8, 0, 23, -11}
	st := Stats{Lo: data[0], Hi: data[0]}
	for _, v := range data {
		st.Lo = min(st.Lo, v)
		st.Hi = max(st.Hi, v)
		st.Count++
	}
	fmt.Printf("%+v\n", st)
	fmt.Println(min(1.5, 2, -0.5), max("b", "a", "c"), min(3), max('x', 'y'))

	buf := []int{1, 2, 3, 4}
	clear(buf[1:3])
	fmt.Println("partial clear:", buf, len(buf))
	clear(buf)
	fmt.Println("full clear:", buf, len(buf))

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	m["c"] = 3
	fmt.Println("map after clear:", m, len(m))

	var tri strings.Builder
	for row := range 4 {
		for col := range row + 1 {
			fmt.Fprintf(&tri, "%d", (row+col)%10)
		}
		tri.WriteByte('/')
	}
	fmt.Println(tri.String())

	type bucket struct{ min, max int }
	bs := make([]bucket, 3)
	for i := range len(bs) {
		bs[i] = bucket{min: i * 10, max: min(i*10+9, 25)}
	}
	fmt.Printf("%+v\n", bs)
}
