package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

func (c *Counter) Inc() *Counter { c.n++; return c }

type Wrapper struct {
	C   *Counter
	Val Counter
}

func main() {
	c := Counter{name: "hits"}
	c.Inc().Inc()
	fmt.Println(c)
	fmt.Println(&c)
	fmt.Printf("%v|%+v|%s\n", c, c, &c)
	fmt.Printf("%d\n", c)
	ps := []*Counter{&c, {name: "miss", n: 7}}
	fmt.Println(ps)
	vs := []Counter{c, {name: "x"}}
	fmt.Println(vs)
	w := Wrapper{C: &c, Val: c}
	fmt.Printf("%v\n%+v\n", w, w)
	m := map[string]*Counter{"k": &c}
	fmt.Println(m)
	var s fmt.Stringer = &c
	fmt.Println(s)
	fmt.Println(fmt.Sprint(&c) == c.String())
}
