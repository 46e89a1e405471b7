package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int      { return c.n }
func (c *Counter) Inc(by int)   { c.n += by }
func (c Counter) Label() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func apply(fs []func() string) {
	for i, f := range fs {
		fmt.Printf("  [%d] %s\n", i, f())
	}
}

func main() {
	c := Counter{name: "hits"}

	// Method value with value receiver binds a copy now.
	label := c.Label
	// Method value with pointer receiver binds &c.
	inc := c.Inc

	inc(2)
	inc(3)
	fmt.Println("c.n after inc twice:", c.n)
	fmt.Println("label (bound early copy):", label())
	fmt.Println("fresh label:", c.Label())

	// Method expressions take the receiver as first argument.
	get := Counter.Get
	incE := (*Counter).Inc
	labelViaPtr := (*Counter).Label
	incE(&c, 10)
	fmt.Println("Counter.Get(c):", get(c))
	fmt.Println("(*Counter).Label(&c):", labelViaPtr(&c))
	fmt.Printf("types: %T | %T | %T\n", get, incE, labelViaPtr)

	// Method values on named non-struct types.
	temps := []Celsius{-40, 0, 37, 100}
	for _, t := range temps {
		f := t.F
		fmt.Printf("%6.1fC = %6.1fF\n", float64(t), f())
	}

	// Method values from the standard library.
	up := strings.ToUpper
	r := strings.NewReplacer("a", "4", "e", "3")
	rep := r.Replace
	fmt.Println(up("gopher"), rep("leet speak"))

	// Collect method values from several receivers.
	counters := []Counter{{"a", 1}, {"b", 2}, {"c", 3}}
	var fs []func() string
	for i := range counters {
		fs = append(fs, counters[i].Label)
	}
	counters[0].n = 999
	fmt.Println("labels captured before change:")
	apply(fs)

	// Pointer-method values observe later changes.
	var getters []func(int)
	for i := range counters {
		getters = append(getters, counters[i].Inc)
	}
	for _, g := range getters {
		g(1)
	}
	fmt.Println("after pointer method values:", counters)
}
