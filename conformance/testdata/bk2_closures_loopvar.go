package main

import (
	"fmt"
	"strings"
	"sync"
)

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	// Since Go 1.22 each iteration has its own i.
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Modifying the loop variable inside the body affects only this iteration's copy
	// and the next iteration starts from that copy's value.
	var seen []int
	var later []func() int
	for i := 0; i < 10; i++ {
		seen = append(seen, i)
		later = append(later, func() int { return i })
		i += 2
	}
	fmt.Println("seen:", seen)
	for _, f := range later {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var printers []func() string
	for _, word := range []string{"red", "green", "blue"} {
		printers = append(printers, func() string { return strings.ToUpper(word) })
	}
	for _, p := range printers {
		fmt.Println(p())
	}

	// A variable declared outside the loop is shared by every closure.
	shared := 0
	var sharedFuncs []func() int
	for range 3 {
		shared++
		sharedFuncs = append(sharedFuncs, func() int { return shared })
	}
	for _, f := range sharedFuncs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	inc, get := counter()
	inc()
	inc()
	fmt.Println("counter:", inc(), get())

	fib := fibonacci()
	var fibs []string
	for range 10 {
		fibs = append(fibs, fmt.Sprint(fib()))
	}
	fmt.Println("fib:", strings.Join(fibs, ","))

	add5, add10 := adder(5), adder(10)
	fmt.Println("adders:", add5(1), add10(1), adder(-3)(3))

	results := make([]string, 5)
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = fmt.Sprintf("job%d=%d", i, i*i*i)
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(results, " "))

	memo := map[int]int{}
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = n * fact(n-1)
		return memo[n]
	}
	fmt.Println("fact(10):", fact(10), "memo size:", len(memo))
}
