// Chapter: pointers.
package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func (c *Counter) Inc()            { c.N++ }
func (c Counter) Get() int         { return c.N }
func (c Counter) IncCopy()         { c.N++ } // modifies a copy: no effect on caller
func resetByValue(c Counter)       { c.N = 0 }
func resetByPointer(c *Counter)    { c.N = 0 }
func swap(a, b *int)               { *a, *b = *b, *a }
func newCounter(n string) *Counter { return &Counter{Name: n} } // escapes safely

func main() {
	x := 10
	p := &x
	*p += 5
	fmt.Println(x, *p, p != nil)

	a, b := 1, 2
	swap(&a, &b)
	fmt.Println("swapped:", a, b)

	// Pointer receivers are called on addressable values automatically.
	c := Counter{Name: "clicks"}
	c.Inc() // (&c).Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Name, c.Get())

	resetByValue(c)
	fmt.Println("after resetByValue:", c.N)
	resetByPointer(&c)
	fmt.Println("after resetByPointer:", c.N)

	// Value receivers are callable through pointers too.
	pc := newCounter("views")
	pc.Inc()
	fmt.Println(pc.Name, pc.Get(), (*pc).Get())

	// new allocates a zeroed value and returns its address.
	ip := new(int)
	fmt.Println(*ip)
	*ip = 7
	sp := new(Counter)
	sp.N = 3
	fmt.Printf("%d %+v\n", *ip, *sp)

	// Pointers to array and slice elements.
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	sl := []Counter{{Name: "a"}, {Name: "b"}}
	first := &sl[0]
	first.Inc()
	for i := range sl {
		sl[i].Inc() // modify in place through the index
	}
	for _, v := range sl {
		v.Inc() // v is a copy
	}
	fmt.Println(sl)

	// Pointer to pointer.
	pp := &p
	**pp = 100
	fmt.Println(x)

	// Pointer equality: same variable vs equal contents.
	c1 := &Counter{N: 1}
	c2 := &Counter{N: 1}
	c3 := c1
	fmt.Println(c1 == c2, c1 == c3, *c1 == *c2)

	// Nil pointers: method with pointer receiver can handle nil.
	var np *Counter
	fmt.Println(np == nil, np.SafeName(), c1.SafeName(), pc.SafeName())

	// Map values are not addressable, but slices of pointers work well.
	list := []*Counter{newCounter("x"), newCounter("y")}
	for _, c := range list {
		c.Inc()
	}
	fmt.Println(list[0].N, list[1].N)
}

func (c *Counter) SafeName() string {
	if c == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%q", c.Name)
}
