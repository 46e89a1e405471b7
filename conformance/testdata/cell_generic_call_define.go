package main

import "fmt"

func Id[T any](x T) T { return x }

func MakePair[A, B any](a A, b B) struct {
	A A
	B B
} {
	return struct {
		A A
		B B
	}{a, b}
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	n := Id(3)
	s := Id("three")
	p := MakePair("a", 1.5)
	k := Keys(map[string]bool{"x": true})
	fmt.Println(n+1, s, p.A, p.B, k)
	fmt.Printf("%T %T\n", n, p)
}
