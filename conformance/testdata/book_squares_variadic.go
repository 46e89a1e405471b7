// Sections 5.6-5.7 and Exercise 5.15-5.16: closures and variadic functions.
package main

import (
	"errors"
	"fmt"
	"strings"
)

// squares returns a function that returns the next square number each time it is called.
func squares() func() int {
	var x int
	return func() int {
		x++
		return x * x
	}
}

func sum(vals ...int) int {
	total := 0
	for _, v := range vals {
		total += v
	}
	return total
}

var errNoArgs = errors.New("at least one argument required")

func maxOf(vals ...int) (int, error) {
	if len(vals) == 0 {
		return 0, fmt.Errorf("max: %w", errNoArgs)
	}
	m := vals[0]
	for _, v := range vals[1:] {
		if v > m {
			m = v
		}
	}
	return m, nil
}

// minOf requires at least one argument by its signature.
func minOf(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		m = min(m, v)
	}
	return m
}

// join is a variadic version of strings.Join.
func join(sep string, elems ...string) string {
	return strings.Join(elems, sep)
}

func main() {
	f := squares()
	g := squares()
	fmt.Println(f(), f(), f(), f())
	fmt.Println(g(), f())

	fmt.Println(sum(), sum(3), sum(1, 2, 3, 4))
	values := []int{1, 2, 3, 4}
	fmt.Println(sum(values...))

	for _, vals := range [][]int{{3, 1, 4, 1, 5, 9, 2, 6}, {-7}, {}, nil, {-3, -1, -2}} {
		m, err := maxOf(vals...)
		if err != nil {
			fmt.Printf("maxOf(%v): error %v (is errNoArgs: %t)\n", vals, err, errors.Is(err, errNoArgs))
			continue
		}
		fmt.Printf("maxOf(%v) = %d\n", vals, m)
	}
	fmt.Println(minOf(5), minOf(5, 3, 8, -2, 7), minOf(values[0], values[1:]...))

	fmt.Printf("%q %q %q\n", join(", "), join("-", "a"), join("/", "usr", "local", "bin"))
	fmt.Printf("%T %T\n", sum, f)

	var funcs []func() string
	for _, w := range []string{"alpha", "beta", "gamma"} {
		funcs = append(funcs, func() string { return strings.ToUpper(w) })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
}
