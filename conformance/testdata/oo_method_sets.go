package main

import "fmt"

type Incrementer interface{ Inc() }
type Valuer interface{ Value() int }

type Counter struct{ n int }

// Value has a value receiver: in the method set of Counter and *Counter.
func (c Counter) Value() int { return c.n }

// Inc has a pointer receiver: only in the method set of *Counter.
func (c *Counter) Inc() { c.n++ }

// BrokenInc uses a value receiver, so it mutates a copy.
func (c Counter) BrokenInc() { c.n++ }

type Named struct {
	*Counter // embedding a pointer promotes both sets
	Name     string
}

type ByValue struct {
	Counter // embedding a value: *ByValue gets Inc, ByValue does not
}

func bump(i Incrementer, times int) {
	for range times {
		i.Inc()
	}
}

func main() {
	c := Counter{}
	c.Inc() // addressable: Go takes &c automatically
	c.BrokenInc()
	fmt.Println("after Inc + BrokenInc:", c.Value())

	p := &c
	p.Inc()
	fmt.Println("via pointer:", p.Value(), c.n)

	var v Valuer = c // copy stored in interface
	c.Inc()
	fmt.Println("interface copy:", v.Value(), "original:", c.Value())

	var vp Valuer = &c // pointer stored: sees updates
	c.Inc()
	fmt.Println("interface pointer:", vp.Value())

	bump(&c, 3)
	fmt.Println("bumped:", c.Value())

	// Checking method sets dynamically.
	things := []any{Counter{1}, &Counter{2}, Named{&Counter{3}, "n"}, ByValue{Counter{4}}, &ByValue{Counter{5}}}
	for _, t := range things {
		_, isInc := t.(Incrementer)
		_, isVal := t.(Valuer)
		fmt.Printf("%-16T Incrementer=%-5v Valuer=%v\n", t, isInc, isVal)
	}

	n := Named{&Counter{10}, "shared"}
	copyN := n // copies the pointer, shares the counter
	copyN.Inc()
	fmt.Println("shared counter:", n.Value(), copyN.Value())

	b := ByValue{Counter{20}}
	copyB := b // copies the counter
	copyB.Inc()
	fmt.Println("independent counters:", b.Value(), copyB.Value())

	// Method values bind the receiver at evaluation time.
	c2 := Counter{100}
	valFn := c2.Value // copies c2 now
	incFn := c2.Inc   // binds &c2
	incFn()
	incFn()
	fmt.Println("method values:", valFn(), c2.Value())

	// Method expressions take the receiver as first argument.
	f := (*Counter).Inc
	g := Counter.Value
	f(&c2)
	fmt.Println("method expressions:", g(c2))

	// Elements of a slice are addressable; map values are not.
	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	m := map[string]*Counter{"a": {7}}
	m["a"].Inc()
	fmt.Println("slice:", cs, "map:", *m["a"])
}
