package main

import "fmt"

// Counter is a small named counter used to contrast value and pointer receivers.
type Counter struct {
	name  string
	count int
}

func (c Counter) Value() int { return c.count }

// IncrementCopy has a value receiver, so it only changes its own copy.
func (c Counter) IncrementCopy() {
	c.count++
}

func (c *Counter) Increment() {
	c.count++
}

func (c *Counter) Add(n int) *Counter {
	c.count += n
	return c
}

func (c Counter) String() string {
	return fmt.Sprintf("%s=%d", c.name, c.count)
}

type Incrementer interface {
	Increment()
	Value() int
}

func bump(i Incrementer, times int) {
	for range times {
		i.Increment()
	}
}

func main() {
	c := Counter{name: "hits"}
	c.IncrementCopy()
	fmt.Println("after IncrementCopy:", c.Value())
	c.Increment()
	fmt.Println("after Increment:", c.Value())

	p := &c
	p.IncrementCopy()
	p.Increment()
	fmt.Println("via pointer:", p.Value(), c.Value())

	c.Add(10).Add(5).Increment()
	fmt.Println("chained:", c)

	var inc Incrementer = &c
	bump(inc, 3)
	fmt.Println("after bump:", c.count, inc.Value())
	fmt.Printf("inc holds %T, String gives %v\n", inc, inc)

	counters := []Counter{{name: "a"}, {name: "b"}, {name: "c"}}
	for _, ct := range counters {
		ct.Increment()
	}
	fmt.Println("range copies:", counters)
	for i := range counters {
		counters[i].Add(i + 1)
	}
	fmt.Println("range index:", counters)

	m := map[string]*Counter{"x": {name: "x"}, "y": {name: "y"}}
	m["x"].Add(7)
	m["y"].Increment()
	fmt.Println("map of pointers:", *m["x"], *m["y"])

	vals := map[string]Counter{"z": {name: "z", count: 1}}
	tmp := vals["z"]
	tmp.Increment()
	fmt.Println("map copy:", vals["z"], tmp)
	vals["z"] = tmp
	fmt.Println("map stored:", vals["z"])

	arr := [2]Counter{{name: "p"}, {name: "q"}}
	arr2 := arr
	arr2[0].Add(100)
	fmt.Println("array copy:", arr, arr2)

	ptrs := []*Counter{&arr[0], &arr[1]}
	for _, cp := range ptrs {
		cp.Add(2)
	}
	fmt.Println("through pointers:", arr)
}
