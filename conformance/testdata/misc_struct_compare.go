package main

import "fmt"

type Point struct{ X, Y int }
type Seg struct{ A, B Point }

func main() {
	fmt.Println(Point{1, 2} == Point{1, 2}, Seg{} == Seg{B: Point{}})
	visited := map[Point]bool{}
	for _, p := range []Point{{0, 0}, {1, 0}, {0, 0}} {
		visited[p] = true
	}
	fmt.Println(len(visited), visited[Point{1, 0}])
	pa, pb := &Point{1, 1}, &Point{1, 1}
	fmt.Println(pa == pb, *pa == *pb)
}
