package main

import "fmt"

type account struct {
	Owner   string
	balance int
	history []int
}

func main() {
	a := account{"ann", 100, []int{50, 50}}
	fmt.Println(a)
	fmt.Printf("%+v\n", a)
	fmt.Printf("%#v\n", a)
}
