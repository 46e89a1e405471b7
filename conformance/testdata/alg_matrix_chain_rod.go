package main

import (
	"errors"
	"fmt"
	"math"
)

type Chain struct {
	dims  []int
	split [][]int
	Cost  int
}

func NewChain(dims []int) (*Chain, error) {
	if len(dims) < 2 {
		return nil, errors.New("need at least one matrix")
	}
	n := len(dims) - 1
	m := make([][]int, n)
	s := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
		s[i] = make([]int, n)
	}
	for length := 2; length <= n; length++ {
		for i := 0; i+length-1 < n; i++ {
			j := i + length - 1
			m[i][j] = math.MaxInt
			for k := i; k < j; k++ {
				c := m[i][k] + m[k+1][j] + dims[i]*dims[k+1]*dims[j+1]
				if c < m[i][j] {
					m[i][j], s[i][j] = c, k
				}
			}
		}
	}
	return &Chain{dims: dims, split: s, Cost: m[0][n-1]}, nil
}

func (c *Chain) paren(i, j int) string {
	if i == j {
		return string(rune('A' + i))
	}
	k := c.split[i][j]
	return "(" + c.paren(i, k) + c.paren(k+1, j) + ")"
}

func (c *Chain) String() string {
	return fmt.Sprintf("%s cost=%d", c.paren(0, len(c.dims)-2), c.Cost)
}

func rodCut(prices []int, n int) (int, []int) {
	best := make([]int, n+1)
	first := make([]int, n+1)
	for l := 1; l <= n; l++ {
		for cut := 1; cut <= l && cut <= len(prices); cut++ {
			if v := prices[cut-1] + best[l-cut]; v > best[l] {
				best[l], first[l] = v, cut
			}
		}
	}
	var pieces []int
	for l := n; l > 0; l -= first[l] {
		pieces = append(pieces, first[l])
	}
	return best[n], pieces
}

func main() {
	for _, d := range [][]int{{10, 30, 5, 60}, {40, 20, 30, 10, 30}, {30, 35, 15, 5, 10, 20, 25}, {5}} {
		c, err := NewChain(d)
		if err != nil {
			fmt.Println(d, "error:", err)
			continue
		}
		fmt.Println(d, c)
	}
	prices := []int{1, 5, 8, 9, 10, 17, 17, 20}
	for _, n := range []int{0, 1, 4, 7, 8, 10} {
		v, p := rodCut(prices, n)
		fmt.Printf("rod %2d: value %2d pieces %v\n", n, v, p)
	}
}
