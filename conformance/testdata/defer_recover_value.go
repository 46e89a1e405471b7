package main

import "fmt"

func try(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("%T: %v", r, r)
		}
	}()
	f()
	return "ok"
}

func main() {
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic("text") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(fmt.Errorf("wrapped %d", 1)) }))
	fmt.Println(recover())
}
