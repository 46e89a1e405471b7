package main

import "fmt"

type Counter struct {
	Name  string
	Count int
}

func (c Counter) IncValue() {
	c.Count++
	fmt.Println("inside IncValue:", c.Count)
}

func (c *Counter) IncPointer() {
	c.Count++
	fmt.Println("inside IncPointer:", c.Count)
}

func (c Counter) Show() string {
	return fmt.Sprintf("%s=%d", c.Name, c.Count)
}

var total int

func addTotal(n int) {
	total += n
	fmt.Println("total is now", total)
}

func main() {
	c := Counter{Name: "clicks"}
	fmt.Println("start:", c)
	c.IncValue()
	fmt.Println("after IncValue:", c)
	c.IncPointer()
	fmt.Println("after IncPointer:", c)
	c.IncPointer()
	fmt.Printf("%+v\n", c)
	p := &c
	p.IncValue()
	p.IncPointer()
	fmt.Println("via pointer:", *p, p.Show())
	fmt.Println("same count?", p.Count == c.Count)

	counters := []Counter{{"a", 1}, {"b", 2}}
	for _, x := range counters {
		x.IncPointer()
	}
	fmt.Println("range copy:", counters)
	for i := range counters {
		counters[i].IncPointer()
	}
	fmt.Println("range index:", counters)

	addTotal(5)
	addTotal(c.Count)
	fmt.Println("final total:", total)
}
