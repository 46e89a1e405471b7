package main

import "fmt"

type Counter struct {
	name  string
	count int
}

// Value receiver: works on a copy.
func (c Counter) Describe() string {
	return fmt.Sprintf("%s=%d", c.name, c.count)
}

// Value receiver that tries to mutate: has no effect on the caller.
func (c Counter) IncrementCopy() {
	c.count++
}

// Pointer receiver: mutates the original.
func (c *Counter) Increment() {
	c.count++
}

func (c *Counter) Reset() {
	c.count = 0
}

type Describer interface {
	Describe() string
}

type Incrementer interface {
	Increment()
}

func main() {
	c := Counter{name: "clicks"}
	c.IncrementCopy()
	fmt.Println("after IncrementCopy:", c.Describe())

	c.Increment() // Go takes &c automatically
	c.Increment()
	fmt.Println("after two Increment:", c.Describe())

	p := &c
	p.Increment()
	fmt.Println("via pointer:", p.Describe()) // Go dereferences automatically
	fmt.Println("original sees it:", c.count)

	// Both a value and a pointer satisfy Describer (value method set).
	var d Describer = c
	fmt.Println("value as Describer:", d.Describe())
	d = p
	fmt.Println("pointer as Describer:", d.Describe())

	// Only the pointer satisfies Incrementer.
	var inc Incrementer = p
	inc.Increment()
	fmt.Println("after Incrementer:", c.Describe())

	// The interface holding a value holds a copy.
	var snapshot Describer = c
	c.Reset()
	fmt.Println("snapshot:", snapshot.Describe(), "current:", c.Describe())

	// Slices of structs: range copies elements.
	counters := []Counter{{"a", 1}, {"b", 2}, {"c", 3}}
	for _, ct := range counters {
		ct.Increment()
	}
	fmt.Println("range by value:", counters)
	for i := range counters {
		counters[i].Increment()
	}
	fmt.Println("range by index:", counters)

	// Map values are not addressable, so store pointers to mutate.
	m := map[string]*Counter{"x": {name: "x"}, "y": {name: "y", count: 10}}
	m["x"].Increment()
	m["y"].Increment()
	fmt.Println("map x:", m["x"].Describe(), "map y:", m["y"].Describe())
}
