package main

import "fmt"

func main() {
	for _, w := range []int{3, 6} {
		fmt.Printf("[%*d]\n", w, 42)
	}
	fmt.Printf("[%-*s]\n", 8, "go")
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	fmt.Printf("%.*f\n", 2, 3.14159)
	fmt.Printf("%6.2f|%-8v|%08.3f\n", 3.14159, true, -3.5)
	fmt.Printf("%t %v %p\n", false, nil, nil)
}
