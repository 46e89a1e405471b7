package main

import (
	"errors"
	"fmt"
	"runtime"
)

type item struct{ name string }

func safe(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-14s no panic\n", name)
			return
		}
		_, isRuntime := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%-14s %T (runtime=%t error=%t)\n", name, r, isRuntime, isErr)
		fmt.Printf("%-14s   %v\n", "", r)
	}()
	f()
}

func index(s []int, i int) int    { return s[i] }
func divide(a, b int) int         { return a / b }
func nameOf(it *item) string      { return it.name }
func window(s []int, j int) []int { return s[1:j] }

var errCustom = errors.New("custom failure")

func main() {
	nums := []int{1, 2, 3}
	safe("index", func() { fmt.Println(index(nums, 5)) })
	safe("negative", func() { fmt.Println(index(nums, -1)) })
	safe("slice bounds", func() { fmt.Println(window(nums, 7)) })
	safe("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	safe("nil deref", func() { fmt.Println(nameOf(nil)) })
	safe("divide", func() { fmt.Println(divide(10, len(nums)-3)) })
	safe("assertion", func() {
		var v any = "text"
		fmt.Println(v.(int))
	})
	safe("closed chan", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	safe("send closed", func() {
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	})
	safe("array ptr", func() {
		s := nums[:2]
		p := (*[3]int)(s)
		fmt.Println(p)
	})
	safe("string panic", func() { panic("something bad") })
	safe("error panic", func() { panic(fmt.Errorf("wrapped: %w", errCustom)) })
	safe("int panic", func() { panic(42) })
	safe("nil panic", func() { panic(nil) })
	safe("fine", func() { _ = index(nums, 2) })

	func() {
		defer func() {
			r := recover()
			err, _ := r.(error)
			fmt.Println("is custom:", errors.Is(err, errCustom))
		}()
		panic(fmt.Errorf("ctx: %w", errCustom))
	}()

	fmt.Println("result:", compute())
}

// compute converts a panic into a named result value.
func compute() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered: ", r)
		}
	}()
	var arr []string
	return arr[len(arr)]
}
