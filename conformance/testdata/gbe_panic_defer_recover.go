// Go by Example: Panic, Defer and Recover
package main

import (
	"errors"
	"fmt"
)

var events []string

func record(s string) { events = append(events, s) }

// Deferred calls run in LIFO order when the function returns.
func useResources() {
	for _, name := range []string{"a", "b"} {
		record("open " + name)
		defer record("close " + name)
	}
	record("work")
}

// Arguments to deferred calls are evaluated at the defer statement.
func deferArgs() {
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
}

// A deferred closure can modify named results.
func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

var errBadInput = errors.New("bad input")

func mayPanic(kind string) {
	switch kind {
	case "error":
		panic(errBadInput)
	case "string":
		panic("a problem")
	case "index":
		_ = []int{1, 2, 3}[len(kind)]
	}
}

func classify(kind string) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = "no panic"
		case error:
			msg = fmt.Sprintf("error panic (is bad input: %v): %v", errors.Is(v, errBadInput), v)
		default:
			msg = fmt.Sprintf("%T panic: %v", v, v)
		}
	}()
	mayPanic(kind)
	return "unreachable when panicking"
}

func main() {
	useResources()
	fmt.Printf("%q\n", events)
	deferArgs()
	fmt.Println(safeDiv(1, 0))
	for _, k := range []string{"none", "error", "string", "index"} {
		fmt.Println(k+":", classify(k))
	}

	// Re-panicking with a wrapped value from a nested recover.
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		func() {
			defer func() {
				if r := recover(); r != nil {
					panic(fmt.Sprintf("re-panic(%v)", r))
				}
			}()
			panic("inner")
		}()
	}()
	fmt.Println("main continues normally")
}
