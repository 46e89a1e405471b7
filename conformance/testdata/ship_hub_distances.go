package main

import (
	"fmt"
	"math"
	"strings"
)

const inf = math.MaxInt / 2

type Hub int

const (
	Leeds Hub = iota
	York
	Hull
	Derby
	Crewe
	numHubs
)

func (h Hub) String() string {
	return [...]string{"Leeds", "York", "Hull", "Derby", "Crewe"}[h]
}

type Matrix [numHubs][numHubs]int

func newMatrix() Matrix {
	var m Matrix
	for i := range numHubs {
		for j := range numHubs {
			if i != j {
				m[i][j] = inf
			}
		}
	}
	return m
}

// floyd returns shortest distances and next-hop table.
func floyd(m Matrix) (Matrix, [numHubs][numHubs]Hub) {
	var next [numHubs][numHubs]Hub
	for i := range numHubs {
		for j := range numHubs {
			next[i][j] = j
		}
	}
	for k := range numHubs {
		for i := range numHubs {
			for j := range numHubs {
				if m[i][k]+m[k][j] < m[i][j] {
					m[i][j] = m[i][k] + m[k][j]
					next[i][j] = next[i][k]
				}
			}
		}
	}
	return m, next
}

func main() {
	m := newMatrix()
	road := func(a, b Hub, km int) {
		m[a][b], m[b][a] = km, km
	}
	road(Leeds, York, 40)
	road(Leeds, Derby, 110)
	road(York, Hull, 60)
	road(Hull, Derby, 150)
	road(Derby, Crewe, 80)
	road(Leeds, Crewe, 160)
	m[Hull][Crewe] = 300 // one-way ferry-and-road link

	dist, next := floyd(m)

	fmt.Printf("%-6s", "")
	for j := range numHubs {
		fmt.Printf("%7v", j)
	}
	fmt.Println()
	for i := range numHubs {
		fmt.Printf("%-6v", i)
		for j := range numHubs {
			fmt.Printf("%7d", dist[i][j])
		}
		fmt.Println()
	}

	route := func(a, b Hub) string {
		stops := []string{a.String()}
		for a != b {
			a = next[a][b]
			stops = append(stops, a.String())
		}
		return strings.Join(stops, " > ")
	}
	for _, p := range [][2]Hub{{Hull, Crewe}, {Crewe, Hull}, {York, Derby}} {
		fmt.Printf("%v to %v: %d km via %s\n", p[0], p[1], dist[p[0]][p[1]], route(p[0], p[1]))
	}

	far, farA, farB := 0, Hub(0), Hub(0)
	for i := range numHubs {
		for j := i + 1; j < numHubs; j++ {
			if d := max(dist[i][j], dist[j][i]); d > far {
				far, farA, farB = d, i, j
			}
		}
	}
	fmt.Printf("furthest pair: %v-%v (%d km)\n", farA, farB, far)
}
