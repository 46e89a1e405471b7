package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Cell struct {
	Row, Col int
}

type Version struct {
	Major, Minor, Patch int
	Tags                [2]string
}

func main() {
	config := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", config, config)
	fmt.Printf("%T\n", config)

	tests := []struct {
		name string
		a, b int
		want int
	}{
		{"small", 1, 2, 3},
		{"negative", -4, 1, -3},
		{"zero", 0, 0, 0},
		{"wrong", 2, 2, 5},
	}
	for _, tc := range tests {
		got := tc.a + tc.b
		status := "ok"
		if got != tc.want {
			status = fmt.Sprintf("FAIL got %d", got)
		}
		fmt.Printf("%-8s %s\n", tc.name, status)
	}

	p1, p2, p3 := Point{1, 2}, Point{1, 2}, Point{2, 1}
	fmt.Println("p1==p2:", p1 == p2, "p1==p3:", p1 == p3)

	type pointLike struct{ X, Y int }
	pl := pointLike(p1)
	fmt.Println("converted:", pl, Point(pl) == p1)

	var anon struct{ X, Y int } = p3
	fmt.Println("assigned to anonymous:", anon)

	v1 := Version{1, 2, 3, [2]string{"beta", ""}}
	v2 := v1
	v2.Tags[0] = "rc"
	fmt.Println("versions equal:", v1 == v2, v1.Tags, v2.Tags)

	visited := map[Cell]bool{}
	path := []Cell{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {2, 2}}
	for _, c := range path {
		if visited[c] {
			fmt.Println("revisit", c)
		}
		visited[c] = true
	}
	fmt.Println("unique cells:", len(visited))

	pairCount := map[struct{ a, b string }]int{}
	for _, pair := range [][2]string{{"x", "y"}, {"y", "x"}, {"x", "y"}} {
		pairCount[struct{ a, b string }{pair[0], pair[1]}]++
	}
	keys := make([]string, 0)
	for k, n := range pairCount {
		keys = append(keys, fmt.Sprintf("%s->%s:%d", k.a, k.b, n))
	}
	sort.Strings(keys)
	fmt.Println(keys)

	var i1, i2 any = Point{3, 4}, Point{3, 4}
	var i3 any = Cell{3, 4}
	fmt.Println("iface equal:", i1 == i2, "different types:", i1 == i3)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s1, s2 any = []int{1}, []int{1}
		fmt.Println(s1 == s2)
	}()

	grid := map[Point]string{{0, 0}: "origin", {1, 0}: "east", {0, 1}: "north"}
	pts := make([]Point, 0, len(grid))
	for p := range grid {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	for _, p := range pts {
		fmt.Printf("%v=%s ", p, grid[p])
	}
	fmt.Println()

	empty1, empty2 := struct{}{}, struct{}{}
	set := map[string]struct{}{"a": empty1, "b": empty2}
	_, hasA := set["a"]
	fmt.Println("set:", len(set), hasA, empty1 == empty2)
}
