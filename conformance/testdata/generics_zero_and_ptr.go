package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[[]int]() == nil, Zero[*int]())
	p := Ptr(42)
	*p++
	fmt.Println(*p)
	var np *string
	fmt.Println(Deref(np, "default"), Deref(Ptr("set"), "default"))
}
