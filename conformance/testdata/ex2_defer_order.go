package main

import (
	"errors"
	"fmt"
)

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) { fmt.Println("leave", msg) }

func nested() {
	defer un(trace("nested")) // trace runs now, un runs at return
	fmt.Println("in nested body")
}

func lifo() {
	for i := range 4 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x (arg):", x)
	defer func() { fmt.Println("deferred x (closure):", x) }()
	x = 2
	fmt.Println("x now:", x)
}

// named result modified by defer
func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1 // result = n+1, then defer doubles it
}

func counter() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	n = 3
	return // 3 -> 30 -> 31
}

func closeWithError(fail bool) (err error) {
	defer func() {
		cerr := errors.New("close failed")
		if fail && err == nil {
			err = cerr
		}
	}()
	fmt.Println("working, fail =", fail)
	return nil
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("closing", r.name) }

func useResources() {
	a := &resource{"a"}
	defer a.Close()
	b := &resource{"b"}
	defer b.Close()
	a = &resource{"a2"} // receiver was already evaluated
	fmt.Println("using", a.name, b.name)
}

func main() {
	nested()
	lifo()
	argsEvaluatedEarly()
	fmt.Println("double(4) =", double(4))
	fmt.Println("counter() =", counter())
	fmt.Println("closeWithError(false) =", closeWithError(false))
	fmt.Println("closeWithError(true) =", closeWithError(true))
	useResources()

	func() {
		defer fmt.Println("inner deferred runs before main continues")
		fmt.Println("inner body")
	}()
	fmt.Println("main end")
}
