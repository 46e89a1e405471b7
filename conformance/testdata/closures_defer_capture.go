package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() (result int) {
	defer trace("work")()
	x := 1
	defer fmt.Println("deferred arg x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 42
	result = x
	return
}

func main() {
	fmt.Println("result:", work())
	counter := 0
	incr := func() int { counter++; return counter }
	for range 3 {
		incr()
	}
	fmt.Println("counter:", counter)
}
