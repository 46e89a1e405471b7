package main

import (
	"errors"
	"fmt"
)

func safely(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: finished normally\n", name)
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	q = a / b
	return q, nil
}

var ErrBadInput = errors.New("bad input")

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Errorf("mustPositive(%d): %w", n, ErrBadInput))
	}
	return n
}

func checkPositive(n int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	return mustPositive(n), nil
}

type node struct {
	val  int
	next *node
}

func main() {
	// Step 1: a function that does not panic
	safely("step 1", func() {})

	// Step 2: index out of range
	safely("step 2", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	})

	// Step 3: writing to a nil map
	safely("step 3", func() {
		var m map[string]int
		m["a"] = 1
	})

	// Step 4: failed type assertion
	safely("step 4", func() {
		var v any = "text"
		n := v.(int)
		fmt.Println(n)
	})

	// Step 5: nil pointer dereference
	safely("step 5", func() {
		var n *node
		fmt.Println(n.val)
	})

	// Step 6: explicit panic with a string
	safely("step 6", func() {
		panic("something went wrong")
	})

	// Step 7: integer division by zero, turned into an error
	q, err := safeDiv(10, 2)
	fmt.Println("step 7:", q, err)
	q, err = safeDiv(1, 0)
	fmt.Println("step 8:", q, err)

	// Step 9: recovering an error value and checking it with errors.Is
	v, err := checkPositive(5)
	fmt.Println("step 9:", v, err)
	v, err = checkPositive(-3)
	fmt.Println("step 10:", v, err, errors.Is(err, ErrBadInput))

	// Step 11: recover returns nil outside a panic
	fmt.Println("step 11:", recover())

	// Step 12: deferred calls still run while panicking
	safely("step 12", func() {
		defer fmt.Println("step 12: deferred cleanup runs first")
		panic("boom")
	})

	// Step 13: a re-panic is caught by the outer handler
	safely("step 13", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-panic after %v", r))
		}()
		panic("first")
	})

	// Step 14: slice bounds out of range
	safely("step 14", func() {
		s := make([]int, 2, 4)
		hi := 6
		fmt.Println(s[1:hi])
	})

	// Step 15: panic with a custom type
	type code int
	safely("step 15", func() { panic(code(404)) })

	fmt.Println("step 16: main continues after all panics")
}
