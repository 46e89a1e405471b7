package main

import (
	"errors"
	"fmt"
	"strconv"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

func safeIndex(s []string, i int) (v string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = fmt.Errorf("index failed: %w", re)
				return
			}
			err = fmt.Errorf("unknown panic: %v", r)
		}
	}()
	return s[i], nil
}

var ErrBad = errors.New("bad input")

func mustParse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Errorf("mustParse(%q): %w", s, ErrBad))
	}
	return n
}

func parseAll(in []string) (sum int, err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("%v", r)
		}
	}()
	for _, s := range in {
		sum += mustParse(s)
	}
	return sum, nil
}

func customPanic() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("got %T: %v", r, r)
	}()
	panic(struct{ Code int }{418})
}

func main() {
	for _, p := range [][2]int{{10, 3}, {7, 0}, {-9, 2}} {
		q, err := safeDiv(p[0], p[1])
		fmt.Printf("safeDiv(%d,%d) = %d, err=%v\n", p[0], p[1], q, err)
	}

	items := []string{"x", "y"}
	for _, i := range []int{1, 5} {
		v, err := safeIndex(items, i)
		fmt.Printf("safeIndex(%d) = %q, err=%v\n", i, v, err)
	}

	sum, err := parseAll([]string{"1", "2", "3"})
	fmt.Println("parseAll ok:", sum, err)
	sum, err = parseAll([]string{"4", "five", "6"})
	fmt.Println("parseAll bad:", sum, err)
	fmt.Println("errors.Is(err, ErrBad):", errors.Is(err, ErrBad))

	fmt.Println("customPanic:", customPanic())

	// recover outside a deferred call returns nil
	fmt.Println("recover() direct:", recover())

	// Re-panicking is caught by an outer recover.
	func() {
		defer func() { fmt.Println("outer caught:", recover()) }()
		func() {
			defer func() {
				r := recover()
				panic(fmt.Sprint("re-panic of ", r))
			}()
			panic("first")
		}()
	}()
	fmt.Println("main finished normally")
}
