package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[E, A any](s []E, init A, f func(A, E) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Product struct {
	Name  string
	Price float64
	Qty   int
}

type Inventory []Product

func (inv Inventory) Total() float64 {
	return Reduce(inv, 0.0, func(sum float64, p Product) float64 {
		return sum + p.Price*float64(p.Qty)
	})
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	sum := Reduce(evens, 0, func(a, b int) int { return a + b })
	fmt.Println("squares:", squares)
	fmt.Println("even squares:", evens, "sum:", sum)

	labels := Map(nums[:4], strconv.Itoa)
	fmt.Printf("%q\n", labels)
	joined := Reduce(labels, "", func(acc, s string) string {
		if acc == "" {
			return s
		}
		return acc + "-" + s
	})
	fmt.Println("joined:", joined)

	shout := Compose(strings.TrimSpace, strings.ToUpper)
	exclaim := Compose(shout, func(s string) string { return s + "!" })
	fmt.Println(exclaim("  hello generics  "))
	lengths := Map([]string{"go", "gopher", "generic"}, Compose(strings.ToUpper, func(s string) int { return len(s) }))
	fmt.Println("lengths:", lengths)

	inv := Inventory{
		{"widget", 2.50, 10},
		{"gadget", 12.00, 3},
		{"doohickey", 0.75, 40},
		{"gizmo", 99.99, 0},
	}
	inStock := Filter(inv, func(p Product) bool { return p.Qty > 0 })
	fmt.Printf("in stock (%T): %v\n", inStock, inStock)
	fmt.Printf("%+v\n", inStock[0])
	fmt.Printf("inventory total: %.2f, in stock total: %.2f\n", inv.Total(), inStock.Total())

	names := Map(inStock, func(p Product) string { return p.Name })
	fmt.Println("names:", names)

	longest := Reduce(inv, Product{}, func(best, p Product) Product {
		if len(p.Name) > len(best.Name) {
			return p
		}
		return best
	})
	fmt.Printf("longest name: %v\n", &longest)

	counts := Reduce(strings.Fields("a b a c b a"), map[string]int{}, func(m map[string]int, w string) map[string]int {
		m[w]++
		return m
	})
	fmt.Println("counts:", counts)
	fmt.Println("empty filter:", Filter([]int{1, 3}, func(int) bool { return false }) == nil)
}
