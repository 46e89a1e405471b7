package main

import (
	"fmt"
	"slices"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(d Point) Point { return Point{p.R + d.R, p.C + d.C} }

var dirs = [4]Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

// shortestPath runs BFS over a grid, using Point as a map key.
func shortestPath(grid []string, start, goal Point) (int, []Point) {
	prev := map[Point]Point{start: start}
	queue := []Point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []Point
			for p := goal; p != start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, start)
			slices.Reverse(path)
			return len(path) - 1, path
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[0]) || grid[n.R][n.C] == '#' {
				continue
			}
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return -1, nil
}

type Card struct {
	Suit string
	Rank int
}

func main() {
	grid := []string{
		"S..#....",
		".#.#.##.",
		".#...#..",
		".####.#.",
		"......#G",
	}
	steps, path := shortestPath(grid, Point{0, 0}, Point{4, 7})
	fmt.Println("steps:", steps)
	fmt.Println("path:", path[:4], "...", path[len(path)-3:])
	canvas := make([][]byte, len(grid))
	for i, row := range grid {
		canvas[i] = []byte(row)
	}
	for _, p := range path[1 : len(path)-1] {
		canvas[p.R][p.C] = '*'
	}
	for _, row := range canvas {
		fmt.Println(string(row))
	}
	n, _ := shortestPath([]string{"S#", "#G"}, Point{0, 0}, Point{1, 1})
	fmt.Println("blocked:", n)

	// Arrays are comparable and make good composite keys.
	anagrams := map[[26]int][]string{}
	for _, w := range strings.Fields("listen silent enlist google inlets banana tinsel gogole") {
		var key [26]int
		for _, r := range w {
			key[r-'a']++
		}
		anagrams[key] = append(anagrams[key], w)
	}
	var groups [][]string
	for _, g := range anagrams {
		slices.Sort(g)
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	fmt.Println("anagram groups:", groups)

	a1 := [3]string{"x", "y", "z"}
	a2 := [3]string{"x", "y", "z"}
	fmt.Println("arrays equal:", a1 == a2, "structs equal:", Card{"♠", 1} == Card{Suit: "♠", Rank: 1})

	hand := map[Card]int{{"hearts", 10}: 1, {"clubs", 2}: 2, {"hearts", 2}: 1, {"clubs", 10}: 3}
	fmt.Println(hand)
	fmt.Printf("%+v\n", hand)

	type edge [2]string
	weights := map[edge]int{{"a", "b"}: 4, {"b", "c"}: 1, {"a", "c"}: 7}
	fmt.Println(weights, weights[edge{"b", "c"}], weights[edge{"c", "b"}])

	seen := map[any]bool{}
	for _, k := range []any{1, "1", Point{1, 1}, [2]int{1, 1}, 1, Point{1, 1}} {
		if seen[k] {
			fmt.Printf("duplicate: %v (%T)\n", k, k)
		}
		seen[k] = true
	}
	fmt.Println("distinct interface keys:", len(seen))
}
