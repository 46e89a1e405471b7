package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	fmt.Println("start")
	var arr []int
	_ = arr[3]
	fmt.Println("unreachable")
}
