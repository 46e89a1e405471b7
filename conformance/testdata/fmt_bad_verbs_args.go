package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

func main() {
	fmt.Printf("%d|%s\n", "str", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%[3]d %[1]d\n", 1, 2)
	fmt.Println(fmt.Sprintf("%v", nil), fmt.Sprintf("%d", nil), fmt.Sprintf("%s", T{1}))
	fmt.Printf("%s|%v|%d\n", errors.New("boom"), error(nil), true)
	fmt.Printf("%t %v %08.3v\n", 1, struct{}{}, "abc")
}
