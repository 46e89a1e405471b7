// Go by Example: Pointers
package main

import "fmt"

// zeroval has an int parameter, so arguments are passed by value.
func zeroval(ival int) {
	ival = 0
}

// zeroptr has an *int parameter: it dereferences the pointer
// and assigns to the value at the referenced address.
func zeroptr(iptr *int) {
	*iptr = 0
}

type point struct{ x, y int }

func (p *point) scale(k int) {
	p.x *= k
	p.y *= k
}

func swap(a, b *string) {
	*a, *b = *b, *a
}

func newCounter() *int {
	c := 100 // escapes to the heap; safe to return
	return &c
}

func main() {
	i := 1
	fmt.Println("initial:", i)

	zeroval(i)
	fmt.Println("zeroval:", i)

	zeroptr(&i)
	fmt.Println("zeroptr:", i)

	// Pointers can be compared, and nil is their zero value.
	var np *int
	fmt.Println("nil pointer:", np == nil)
	j := 5
	p1, p2 := &j, &j
	fmt.Println("same target:", p1 == p2)

	// Pointers to structs use automatic dereferencing.
	pt := &point{3, 4}
	pt.scale(2)
	fmt.Println("scaled:", *pt, pt.x, (*pt).y)

	// A value's method with a pointer receiver is addressable.
	v := point{1, 1}
	v.scale(5)
	fmt.Println("value scaled:", v)

	a, b := "left", "right"
	swap(&a, &b)
	fmt.Println("swapped:", a, b)

	c := newCounter()
	*c++
	fmt.Println("counter:", *c)

	// new allocates a zeroed value and returns its address.
	q := new(point)
	q.y = 9
	fmt.Printf("new point: %+v\n", *q)

	// Pointers to slice elements alias the backing array.
	nums := []int{10, 20, 30}
	second := &nums[1]
	*second += 5
	fmt.Println("nums:", nums)

	// Pointer to pointer.
	pp := &p1
	**pp = 42
	fmt.Println("j via **:", j)
}
