package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec    { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k int) Vec  { return Vec{v.X * k, v.Y * k} }
func (v Vec) String() string   { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }
func (v *Vec) Move(dx, dy int) { v.X += dx; v.Y += dy }
func (v Vec) Dot(o Vec) int    { return v.X*o.X + v.Y*o.Y }
func (v Vec) Manhattan() int   { return abs(v.X) + abs(v.Y) }
func abs(n int) int            { return max(n, -n) }

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()           { c.n++ }
func (c *Counter) Report() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

func apply[T any](xs []T, f func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	a, b := Vec{1, 2}, Vec{3, -4}

	// Method value: receiver bound at evaluation time.
	addA := a.Add
	a = Vec{100, 100}
	fmt.Println("bound add:", addA(b), "current a:", a)

	// Method expression: receiver becomes the first parameter.
	add := Vec.Add
	scale := Vec.Scale
	fmt.Println("expr add:", add(a, b), "expr scale:", scale(b, 3))
	fmt.Printf("%T\n%T\n", add, (*Vec).Move)

	move := (*Vec).Move
	move(&b, 10, 10)
	fmt.Println("moved b:", b)

	p := &b
	mv := p.Move
	mv(1, 1)
	mv(1, 1)
	fmt.Println("after bound Move twice:", b)

	vs := []Vec{{1, 1}, {2, -3}, {-4, 0}}
	fmt.Println("identity:", apply(vs, Vec{}.Add))
	fmt.Println("shifted:", apply(vs, Vec{10, 20}.Add))
	fmt.Println("doubled:", apply(vs, func(v Vec) Vec { return v.Scale(2) }))

	metrics := map[string]func(Vec) int{
		"manhattan": Vec.Manhattan,
		"dot-self":  func(v Vec) int { return v.Dot(v) },
		"dot-x":     Vec{1, 0}.Dot,
	}
	for _, name := range []string{"dot-self", "dot-x", "manhattan"} {
		f := metrics[name]
		fmt.Printf("%-9s %v\n", name, apply2(vs, f))
	}

	c := &Counter{name: "clicks"}
	handlers := []func(){c.Inc, c.Inc, c.Inc}
	for _, h := range handlers {
		h()
	}
	report := c.Report
	fmt.Println(report())

	upper := strings.ToUpper
	rep := strings.NewReplacer("a", "4", "e", "3").Replace
	pipeline := []func(string) string{strings.TrimSpace, rep, upper}
	s := "  method values are neat  "
	for _, f := range pipeline {
		s = f(s)
	}
	fmt.Printf("%q\n", s)
	fmt.Println([]fmt.Stringer{a, b, Vec{}})
	fmt.Println(map[Vec]string{{0, 1}: "up", {1, 0}: "right", {0, -1}: "down"})
}

func apply2[T, R any](xs []T, f func(T) R) []R {
	out := make([]R, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
