// Chapter: defer.
package main

import (
	"fmt"
	"strings"
)

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred sees x =", x) // x evaluated now
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
	fmt.Println("body set x =", x)
}

func lifo() {
	for i := range 4 {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1 // result = n+1, then the deferred func doubles it
}

func unnamed(n int) int {
	r := n
	defer func() { r *= 100 }() // no effect on the returned value
	return r
}

func nested() {
	defer trace("nested")()
	fmt.Println("  working in nested")
}

type Resource struct{ name string }

func Open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}
func (r *Resource) Close() { fmt.Println("close", r.name) }

func processAll(names []string) {
	for _, n := range names {
		func() { // a function per iteration so each Close runs promptly
			r := Open(n)
			defer r.Close()
			fmt.Println("use", r.name)
		}()
	}
}

func methodValueReceiver() {
	r := &Resource{"first"}
	defer r.Close() // receiver evaluated now
	r = &Resource{"second"}
	fmt.Println("reassigned to", r.name)
}

func recoverInDefer() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "recovered: " + fmt.Sprint(r)
		}
	}()
	defer fmt.Println("this deferred print still runs during the panic")
	var m map[string]int
	m["x"] = 1
	return "unreachable"
}

func main() {
	argsEvaluatedEarly()
	lifo()
	fmt.Println()
	fmt.Println("double(3) =", double(3))
	fmt.Println("unnamed(3) =", unnamed(3))
	nested()
	processAll([]string{"a.txt", "b.txt"})
	methodValueReceiver()
	fmt.Println(recoverInDefer())

	var sb strings.Builder
	func() {
		for _, w := range []string{"one", "two", "three"} {
			defer sb.WriteString(w + ";")
		}
	}()
	fmt.Println(sb.String())
}
