package main

import "fmt"

type ID int
type Handler func(string) error
type Named struct{ n int }

func main() {
	var h Handler
	ch := make(chan<- int)
	vals := []any{ID(1), h, ch, Named{}, &Named{}, []Named{}, map[ID][]string{}, [3]ID{}, struct{ A int }{}, fmt.Println}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var e error
	fmt.Printf("%T %v\n", e, e)
}
