package main

import "fmt"

func main() {
	// Since Go 1.22 each iteration has its own loop variable.
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	fmt.Print("three-clause loop:")
	for _, f := range fs {
		fmt.Print(" ", f())
	}
	fmt.Println()

	// Same for range loops.
	words := []string{"alpha", "beta", "gamma"}
	var ps []*string
	for _, w := range words {
		ps = append(ps, &w)
	}
	fmt.Print("range loop pointers:")
	for _, p := range ps {
		fmt.Print(" ", *p)
	}
	fmt.Println()

	// Modifying the loop variable inside the body affects only that iteration's copy,
	// but the increment starts from the modified value.
	var seen []int
	for i := 0; i < 10; i++ {
		seen = append(seen, i)
		i += 2
	}
	fmt.Println("stepping by modification:", seen)

	// A variable declared outside the loop is shared.
	shared := 0
	var adders []func() int
	for k := 0; k < 3; k++ {
		shared += 10
		adders = append(adders, func() int { return shared + k })
	}
	fmt.Print("shared outer var:")
	for _, a := range adders {
		fmt.Print(" ", a())
	}
	fmt.Println()

	// Closures as generators keep state.
	next := fib()
	fmt.Print("fib:")
	for range 10 {
		fmt.Print(" ", next())
	}
	fmt.Println()

	// Range over int (Go 1.22+)
	total := 0
	for n := range 5 {
		total += n
	}
	fmt.Println("sum range 5:", total)

	// Closure capturing by reference
	x := 1
	show := func() { fmt.Println("x seen by closure:", x) }
	show()
	x = 42
	show()

	// Goroutines with loop variables, results collected in order.
	results := make([]chan string, 3)
	for i := range results {
		results[i] = make(chan string, 1)
		go func() { results[i] <- fmt.Sprintf("goroutine %d", i) }()
	}
	for _, ch := range results {
		fmt.Println(<-ch)
	}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}
