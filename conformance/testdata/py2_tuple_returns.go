package main

import (
	"fmt"
	"math"
)

// Python: q, r = divmod(a, b) -- floor semantics differ from Go's truncation
func divmod(a, b int) (int, int) {
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r
}

type Point struct{ X, Y float64 }

func minMax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return // naked return of named results
}

func polar(p Point) (r, theta float64) {
	return math.Hypot(p.X, p.Y), math.Atan2(p.Y, p.X)
}

type Record struct {
	Name string
	Age  int
	Tags []string
}

func main() {
	for _, ab := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		q, r := divmod(ab[0], ab[1])
		fmt.Printf("divmod(%d, %d) = (%d, %d)   go: (%d, %d)\n", ab[0], ab[1], q, r, ab[0]/ab[1], ab[0]%ab[1])
	}
	lo, hi := minMax([]int{4, -2, 9, 0})
	fmt.Println("min/max:", lo, hi)

	// swap: a, b = b, a
	a, b := "left", "right"
	a, b = b, a
	fmt.Println(a, b)

	// fibonacci tuple update: a, b = b, a+b
	x, y := 0, 1
	for range 10 {
		x, y = y, x+y
	}
	fmt.Println("fib(10) =", x)

	r, t := polar(Point{3, 4})
	fmt.Printf("polar: (%.3f, %.4f)\n", r, t)

	// tuple as map key
	grid := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(grid[Point{0, 0}], grid[Point{1, 0}], grid[Point{2, 2}] == "")

	// arrays compare like tuples
	t1, t2 := [3]int{1, 2, 3}, [3]int{1, 2, 3}
	fmt.Println("tuples equal:", t1 == t2)

	// ignoring with _
	_, rem := divmod(17, 5)
	fmt.Println("remainder only:", rem)

	// namedtuple-ish
	rec := Record{Name: "ann", Age: 33, Tags: []string{"a", "b"}}
	name, age := rec.Name, rec.Age
	fmt.Printf("%s %d %v\n", name, age, rec)
	fmt.Printf("%+v\n", rec)

	// returning multiple values into a variadic call
	fmt.Println(divmod(100, 7))
	fmt.Println(sumPair(divmod(100, 7)))
}

func sumPair(a, b int) int { return a + b }
