package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
		i += 0
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}
