package main

import "fmt"

type Grid [3][4]int

func fill(g *Grid) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*10 + j
		}
	}
}

func zeroCopy(g Grid) Grid {
	g[0][0] = -1
	return g
}

func show(name string, g Grid) {
	fmt.Println(name + ":")
	for _, row := range g {
		fmt.Println(" ", row)
	}
}

func main() {
	var g Grid
	fill(&g)
	show("g", g)

	// assignment copies the whole array
	h := g
	h[1][1] = 99
	fmt.Println("g[1][1] =", g[1][1], "h[1][1] =", h[1][1])

	// passing by value copies too
	z := zeroCopy(g)
	fmt.Println("g[0][0] =", g[0][0], "z[0][0] =", z[0][0])

	// copying one row out is a copy of that row
	row := g[2]
	row[0] = 1000
	fmt.Println("row:", row, "g[2]:", g[2])

	// a pointer to a row aliases
	rp := &g[2]
	rp[3] = 7
	fmt.Println("g[2] via pointer:", g[2])

	// slicing a row aliases the underlying array
	sl := g[0][1:3]
	sl[0] = 42
	fmt.Println("g[0] after slice write:", g[0], "len", len(sl), "cap", cap(sl))

	// copy into an array via slice
	var dst [4]int
	n := copy(dst[:], g[1][:])
	fmt.Println("copied", n, "->", dst)

	// array literal with indices and ellipsis
	m := [...][2]string{2: {"c", "C"}, 0: {"a", "A"}}
	fmt.Println("len(m) =", len(m), m)
	fmt.Printf("%q\n", m[1])

	// comparison of nested arrays
	fmt.Println("g == h:", g == h)
	h = g
	fmt.Println("after h = g:", g == h)

	// len of dimensions
	fmt.Println("dims:", len(g), len(g[0]))
}
