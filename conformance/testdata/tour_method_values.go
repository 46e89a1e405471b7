// Chapter: method values and method expressions.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(n int) { a.Balance += n }

func main() {
	p := Point{1, 2}

	// Method value: receiver bound at evaluation time (copied for value receivers).
	addTo := p.Add
	p.X = 100
	fmt.Println(addTo(Point{10, 10}), p)

	// Pointer-receiver method value binds &p.
	scale := p.Scale
	scale(2)
	fmt.Println("after scale:", p)

	// Method expressions take the receiver as first argument.
	add := Point.Add
	fmt.Printf("%T\n", add)
	fmt.Println(add(Point{1, 1}, Point{2, 3}))

	scaleExpr := (*Point).Scale
	fmt.Printf("%T\n", scaleExpr)
	q := Point{3, 4}
	scaleExpr(&q, 10)
	fmt.Println(q)

	// Value methods are also in the pointer's method set.
	addViaPtr := (*Point).Add
	fmt.Println(addViaPtr(&q, Point{1, 1}))

	str := Point.String
	fmt.Println(str(Point{7, 8}))

	// Method values as callbacks.
	acct := &Account{Owner: "ann"}
	deposit := acct.Deposit
	for _, amt := range []int{10, 20, 30} {
		deposit(amt)
	}
	fmt.Printf("%+v\n", *acct)

	// Method values of standard library types.
	var sb strings.Builder
	write := sb.WriteString
	for _, w := range []string{"method", "-", "value"} {
		write(w)
	}
	fmt.Println(sb.String())

	repl := strings.NewReplacer("a", "4", "e", "3").Replace
	fmt.Println(repl("release candidate"))

	// Method value of an interface.
	var s fmt.Stringer = Point{5, 6}
	f := s.String
	s = Point{0, 0}
	fmt.Println(f(), s.String())

	// Method expression on an interface type.
	stringOf := fmt.Stringer.String
	fmt.Println(stringOf(Point{9, 9}))

	// A value receiver method value copies the receiver at binding time.
	pts := []Point{{1, 1}, {2, 2}}
	var printers []func() string
	for _, pt := range pts {
		printers = append(printers, pt.String)
	}
	pts[0].X = 50
	for _, pr := range printers {
		fmt.Print(pr(), " ")
	}
	fmt.Println(pts)
}
