package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int, err error) {
	defer func() {
		if err != nil {
			q, r = -1, -1
		}
	}()
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q, r = a/b, a%b
	return
}

func counted() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() (result string) {
	defer trace("work")()
	defer func() { result = "[" + result + "]" }()
	result = "body"
	return result + "!"
}

func swap(a, b string) (x, y string) {
	x, y = b, a
	return
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(1, 0))
	fmt.Println(counted())
	fmt.Println(work())
	fmt.Println(swap("left", "right"))
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("end of main")
}
