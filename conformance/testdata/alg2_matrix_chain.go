package main

import (
	"fmt"
	"math"
	"strings"
)

type chainPlan struct {
	dims  []int
	cost  [][]int
	split [][]int
}

func newChainPlan(dims []int) *chainPlan {
	n := len(dims) - 1
	p := &chainPlan{dims: dims, cost: make([][]int, n), split: make([][]int, n)}
	for i := range n {
		p.cost[i] = make([]int, n)
		p.split[i] = make([]int, n)
	}
	for length := 2; length <= n; length++ {
		for i := 0; i+length-1 < n; i++ {
			j := i + length - 1
			p.cost[i][j] = math.MaxInt
			for k := i; k < j; k++ {
				c := p.cost[i][k] + p.cost[k+1][j] + dims[i]*dims[k+1]*dims[j+1]
				if c < p.cost[i][j] {
					p.cost[i][j], p.split[i][j] = c, k
				}
			}
		}
	}
	return p
}

func (p *chainPlan) parens(i, j int) string {
	if i == j {
		return string(rune('A' + i))
	}
	k := p.split[i][j]
	return "(" + p.parens(i, k) + " x " + p.parens(k+1, j) + ")"
}

func (p *chainPlan) Best() (int, string) {
	n := len(p.dims) - 1
	return p.cost[0][n-1], p.parens(0, n-1)
}

// naiveLeftToRight multiplies in order ((A B) C) ... for comparison.
func naiveLeftToRight(dims []int) int {
	total, rows := 0, dims[0]
	for k := 1; k < len(dims)-1; k++ {
		total += rows * dims[k] * dims[k+1]
	}
	return total
}

func main() {
	chains := [][]int{
		{10, 30, 5, 60},
		{40, 20, 30, 10, 30},
		{30, 35, 15, 5, 10, 20, 25},
		{5, 10, 3, 12, 5, 50, 6},
	}
	for _, dims := range chains {
		p := newChainPlan(dims)
		cost, order := p.Best()
		var shapes []string
		for i := 0; i+1 < len(dims); i++ {
			shapes = append(shapes, fmt.Sprintf("%c:%dx%d", 'A'+i, dims[i], dims[i+1]))
		}
		fmt.Println(strings.Join(shapes, " "))
		fmt.Printf("  optimal=%d naive=%d order=%s\n", cost, naiveLeftToRight(dims), order)
	}

	p := newChainPlan(chains[2])
	fmt.Println("cost table for the CLRS chain (upper triangle):")
	for i := range p.cost {
		var row []string
		for j := range p.cost[i] {
			if j < i {
				row = append(row, fmt.Sprintf("%6s", "."))
			} else {
				row = append(row, fmt.Sprintf("%6d", p.cost[i][j]))
			}
		}
		fmt.Println(strings.Join(row, ""))
	}
}
