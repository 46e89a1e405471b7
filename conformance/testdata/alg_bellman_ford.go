package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

type Edge struct{ From, To, W int }

type NegativeCycleError struct{ Cycle []int }

func (e *NegativeCycleError) Error() string {
	return fmt.Sprintf("negative cycle: %v", e.Cycle)
}

func bellmanFord(n int, edges []Edge, src int) ([]int, error) {
	dist := make([]int, n)
	pred := make([]int, n)
	for i := range dist {
		dist[i] = math.MaxInt
		pred[i] = -1
	}
	dist[src] = 0
	for range n - 1 {
		changed := false
		for _, e := range edges {
			if dist[e.From] != math.MaxInt && dist[e.From]+e.W < dist[e.To] {
				dist[e.To] = dist[e.From] + e.W
				pred[e.To] = e.From
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for _, e := range edges {
		if dist[e.From] != math.MaxInt && dist[e.From]+e.W < dist[e.To] {
			x := e.To
			for range n {
				x = pred[x]
			}
			cycle := []int{x}
			for y := pred[x]; y != x; y = pred[y] {
				cycle = append(cycle, y)
			}
			slices.Reverse(cycle)
			return nil, &NegativeCycleError{Cycle: cycle}
		}
	}
	return dist, nil
}

func show(dist []int) string {
	s := "["
	for i, d := range dist {
		if i > 0 {
			s += " "
		}
		if d == math.MaxInt {
			s += "inf"
		} else {
			s += fmt.Sprint(d)
		}
	}
	return s + "]"
}

func main() {
	g1 := []Edge{{0, 1, 6}, {0, 2, 7}, {1, 2, 8}, {1, 3, 5}, {1, 4, -4}, {2, 3, -3}, {2, 4, 9}, {3, 1, -2}, {4, 0, 2}, {4, 3, 7}}
	dist, err := bellmanFord(6, g1, 0)
	fmt.Println("g1:", show(dist), err)
	g2 := []Edge{{0, 1, 1}, {1, 2, 2}, {2, 3, -4}, {3, 1, 1}, {3, 4, 2}}
	_, err = bellmanFord(5, g2, 0)
	var nce *NegativeCycleError
	if errors.As(err, &nce) {
		fmt.Println("g2:", err, "len", len(nce.Cycle))
	}
	_, err = bellmanFord(5, g2, 4)
	fmt.Println("g2 from 4:", err)
}
