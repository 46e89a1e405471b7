package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Edge struct {
	From, To Point
}

type Key struct {
	Region string
	Year   int
	Q      [2]byte
}

// Counter counts occurrences of any comparable key.
type Counter[K comparable] struct {
	counts map[K]int
	order  []K
}

func NewCounter[K comparable]() *Counter[K] {
	return &Counter[K]{counts: map[K]int{}}
}

func (c *Counter[K]) Inc(k K) {
	if _, ok := c.counts[k]; !ok {
		c.order = append(c.order, k)
	}
	c.counts[k]++
}

func (c *Counter[K]) Each(fn func(K, int)) {
	for _, k := range c.order {
		fn(k, c.counts[k])
	}
}

func IndexOf[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	grid := map[Point]rune{{0, 0}: 'S', {2, 1}: '#', {1, 1}: '.', {3, 3}: 'E'}
	fmt.Println("grid:", grid)
	fmt.Printf("at (2,1): %q, at (9,9): %q\n", grid[Point{2, 1}], grid[Point{9, 9}])

	edges := NewCounter[Edge]()
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 0}, {1, 1}, {2, 2}}
	for i := 1; i < len(path); i++ {
		edges.Inc(Edge{path[i-1], path[i]})
	}
	edges.Each(func(e Edge, n int) { fmt.Printf("%+v x%d\n", e, n) })

	sales := map[Key]float64{}
	add := func(region string, year int, q string, amt float64) {
		sales[Key{region, year, [2]byte{q[0], q[1]}}] += amt
	}
	add("eu", 2024, "Q1", 100)
	add("us", 2024, "Q1", 250)
	add("eu", 2024, "Q1", 50.5)
	add("eu", 2025, "Q2", 75)
	keys := make([]Key, 0, len(sales))
	for k := range sales {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Region != keys[j].Region {
			return keys[i].Region < keys[j].Region
		}
		return keys[i].Year < keys[j].Year
	})
	for _, k := range keys {
		fmt.Printf("%s/%d/%s: %.2f\n", k.Region, k.Year, k.Q[:], sales[k])
	}

	fmt.Println(IndexOf(path, Point{1, 1}), IndexOf(path, Point{5, 5}))
	fmt.Println(Point{1, 2} == Point{1, 2}, Edge{} == Edge{To: Point{}})

	var anyKeys = map[any]string{1: "int", "1": "string", Point{1, 1}: "point", 1.0: "float"}
	fmt.Println(len(anyKeys), anyKeys[Point{1, 1}], anyKeys[1], anyKeys[float64(1)])
	fmt.Printf("%T %v\n", edges.counts, Key{"x", 1, [2]byte{'a', 'b'}})
}
