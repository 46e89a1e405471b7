package main

import "fmt"

type Key struct{ A, B int }

func main() {
	var x, y any = Key{1, 2}, Key{1, 2}
	fmt.Println(x == y)
	var i, j any = 3, int64(3)
	fmt.Println(i == j)
	m := map[any]string{1: "int", "1": "string", Key{0, 0}: "key"}
	fmt.Println(m[1], m["1"], m[Key{}])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b)
	}()
}
