package main

import (
	"fmt"
	"strings"
)

func newGrid(r, c int) [][]rune {
	g := make([][]rune, r)
	for i := range g {
		g[i] = []rune(strings.Repeat(".", c))
	}
	return g
}

func show(g [][]rune) {
	for _, row := range g {
		fmt.Println(string(row))
	}
}

func main() {
	g := newGrid(3, 5)
	for i := range 3 {
		g[i][i+1] = '#'
	}
	show(g)
	alias := g[1]
	alias[0] = '@'
	g2 := make([][]rune, len(g))
	copy(g2, g) // shallow: rows shared
	g2[2][4] = '*'
	g2[0] = []rune("xxxxx") // replacing a row is not shared
	show(g)
	fmt.Println(len(g), len(g[0]), cap(g2))
	var jag [][]int
	for i := 1; i <= 3; i++ {
		jag = append(jag, make([]int, i))
	}
	jag[2][2] = 9
	fmt.Println(jag)
}
