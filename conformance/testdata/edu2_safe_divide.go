// Week 7 assignment: recovering from panics in a safe-divide helper.
package main

import (
	"errors"
	"fmt"
)

// safeDivide converts a runtime panic into an error using a named result.
func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

// safeIndex recovers from an out-of-range access.
func safeIndex(xs []string, i int) (v string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = fmt.Errorf("index %d: %w", i, re)
				return
			}
			err = fmt.Errorf("index %d: %v", i, r)
		}
	}()
	return xs[i], nil
}

// mustPositive panics with a custom value that is not an error.
func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("mustPositive got %d", n))
	}
	return n
}

func tryPositive(n int) (result int, ok bool) {
	defer func() {
		r := recover()
		if r != nil {
			fmt.Printf("   recovered value of type %T: %v\n", r, r)
		}
	}()
	return mustPositive(n), true
}

// process shows defer order: LIFO cleanup messages.
func process(name string) {
	fmt.Println("start", name)
	defer fmt.Println("cleanup 1 for", name)
	defer fmt.Println("cleanup 2 for", name)
	for i := 0; i < 3; i++ {
		defer fmt.Printf("deferred loop i=%d\n", i)
	}
	fmt.Println("working on", name)
}

func main() {
	pairs := [][2]int{{10, 2}, {7, 0}, {-9, 4}, {0, 5}}
	for _, p := range pairs {
		q, err := safeDivide(p[0], p[1])
		if err != nil {
			fmt.Printf("%d / %d -> error: %v\n", p[0], p[1], err)
			continue
		}
		fmt.Printf("%d / %d = %d\n", p[0], p[1], q)
	}

	names := []string{"zero", "one", "two"}
	for _, i := range []int{1, 5} {
		v, err := safeIndex(names, i)
		fmt.Printf("safeIndex(%d) = %q, err=%v\n", i, v, err)
		if err != nil {
			var target interface{ RuntimeError() }
			fmt.Printf("   is runtime error: %t\n", errors.As(err, &target))
		}
	}

	for _, n := range []int{3, -1} {
		r, ok := tryPositive(n)
		fmt.Printf("tryPositive(%d) = %d ok=%t\n", n, r, ok)
	}

	process("report")
}
