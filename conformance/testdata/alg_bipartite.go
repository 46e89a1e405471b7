package main

import (
	"fmt"
)

type Color int8

const (
	Uncolored Color = iota
	Red
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "R"
	case Blue:
		return "B"
	}
	return "?"
}

type OddCycleError struct{ U, V int }

func (e *OddCycleError) Error() string {
	return fmt.Sprintf("not bipartite: edge %d-%d joins same color", e.U, e.V)
}

func twoColor(n int, edges [][2]int) ([]Color, error) {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	color := make([]Color, n)
	for s := range n {
		if color[s] != Uncolored {
			continue
		}
		color[s] = Red
		queue := []int{s}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for _, v := range adj[u] {
				switch color[v] {
				case Uncolored:
					color[v] = 3 - color[u]
					queue = append(queue, v)
				case color[u]:
					return color, &OddCycleError{u, v}
				}
			}
		}
	}
	return color, nil
}

func main() {
	tests := []struct {
		name  string
		n     int
		edges [][2]int
	}{
		{"square", 4, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 0}}},
		{"triangle", 3, [][2]int{{0, 1}, {1, 2}, {2, 0}}},
		{"forest", 6, [][2]int{{0, 1}, {0, 2}, {3, 4}}},
		{"K33", 6, [][2]int{{0, 3}, {0, 4}, {0, 5}, {1, 3}, {1, 4}, {1, 5}, {2, 3}, {2, 4}, {2, 5}}},
		{"pentagon", 5, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}}},
	}
	for _, tc := range tests {
		colors, err := twoColor(tc.n, tc.edges)
		if err != nil {
			fmt.Printf("%-8s error: %v\n", tc.name, err)
			continue
		}
		var left, right []int
		for v, c := range colors {
			if c == Red {
				left = append(left, v)
			} else {
				right = append(right, v)
			}
		}
		fmt.Printf("%-8s %v left=%v right=%v\n", tc.name, colors, left, right)
	}
}
