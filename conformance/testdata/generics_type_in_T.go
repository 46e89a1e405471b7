package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

type Pair[A, B any] struct {
	First  A
	Second B
}

func main() {
	fmt.Printf("%T\n", Box[int]{})
	fmt.Printf("%T\n", Pair[string, []int]{})
	fmt.Println(Box[string]{"x"})
	fmt.Printf("%+v\n", Pair[int, bool]{1, true})
	fmt.Println([]Box[int]{{1}, {2}})
}
