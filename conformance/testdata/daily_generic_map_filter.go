package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Product struct {
	Name     string
	Price    float64
	Quantity int
	Category string
}

func (p Product) Total() float64    { return p.Price * float64(p.Quantity) }
func (p Product) InStock() bool     { return p.Quantity > 0 }
func (p Product) Label() string     { return fmt.Sprintf("%s(%s)", p.Name, p.Category) }
func (p *Product) Discount(pct int) { p.Price = p.Price * float64(100-pct) / 100 }

type Matcher struct{ category string }

func (m Matcher) Match(p Product) bool { return p.Category == m.category }

func main() {
	products := []Product{
		{"keyboard", 49.99, 3, "peripherals"},
		{"monitor", 199.5, 0, "displays"},
		{"mouse", 19.25, 10, "peripherals"},
		{"cable", 4.5, 25, "accessories"},
		{"webcam", 59, 2, "peripherals"},
	}

	inStock := Filter(products, Product.InStock)
	fmt.Println("in stock:", Map(inStock, Product.Label))
	fmt.Printf("totals: %.2f\n", Map(inStock, Product.Total))

	periph := Matcher{"peripherals"}
	fmt.Println("peripherals:", strings.Join(Map(Filter(products, periph.Match), Product.Label), ", "))

	sum := Reduce(products, 0.0, func(acc float64, p Product) float64 { return acc + p.Total() })
	fmt.Printf("inventory value: %.2f\n", sum)

	ptrs := Map(products, func(p Product) *Product { return &p })
	for _, p := range ptrs {
		p.Discount(10)
	}
	fmt.Printf("discounted copies: %.3f\n", Map(ptrs, (*Product).Total))
	fmt.Printf("originals unchanged: %.2f\n", products[0].Price)

	for i := range products {
		products[i].Discount(50)
	}
	label := products[2].Label
	products[2].Name = "trackball"
	fmt.Println("bound method value:", label(), "now:", products[2].Label())
	fmt.Println("counts by category:", Reduce(products, map[string]int{}, func(m map[string]int, p Product) map[string]int {
		m[p.Category] += p.Quantity
		return m
	}))
}
