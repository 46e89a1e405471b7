package main

import "fmt"

func main() {
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, true)
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
	fmt.Println(nil, []any{nil, 1})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
}
