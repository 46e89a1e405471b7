package main

import "fmt"

var x = "package"

func show() { fmt.Println("show:", x) }

func main() {
	fmt.Println(x)
	x := "local"
	fmt.Println(x)
	show()
	{
		x := 3
		fmt.Println(x)
	}
	fmt.Println(x)
}
