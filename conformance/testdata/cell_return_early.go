package main

import "fmt"

func main() {
	for i := range 10 {
		if i == 3 {
			fmt.Println("stop at", i)
			return
		}
		fmt.Println(i)
	}
}
