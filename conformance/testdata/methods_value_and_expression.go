package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) Get() int       { return c.n }
func (c Counter) Label(p string) string {
	return p + c.name
}

type Op func(float64, float64) float64

func (o Op) Apply(a, b float64) float64 { return o(a, b) }

func main() {
	c := Counter{name: "c"}
	add := c.Add
	get := c.Get
	add(5)
	add(2)
	fmt.Println(c.n, get(), c.Get())
	addExpr := (*Counter).Add
	getExpr := Counter.Get
	addExpr(&c, 10)
	fmt.Println(getExpr(c))
	labelExpr := Counter.Label
	fmt.Println(labelExpr(c, "name: "))
	fmt.Printf("%T\n%T\n", addExpr, getExpr)
	fns := []func(string) string{strings.ToUpper, c.Label, strings.TrimSpace}
	for _, f := range fns {
		fmt.Printf("%q ", f(" x "))
	}
	fmt.Println()
	var mul Op = func(a, b float64) float64 { return a * b }
	apply := mul.Apply
	fmt.Println(apply(3, 4), Op.Apply(mul, 2, 2.5))
	counters := []*Counter{{name: "a"}, {name: "b"}}
	incs := make([]func(int) int, len(counters))
	for i, ct := range counters {
		incs[i] = ct.Add
	}
	incs[0](1)
	incs[1](2)
	incs[1](3)
	fmt.Println(counters[0].n, counters[1].n)
}
