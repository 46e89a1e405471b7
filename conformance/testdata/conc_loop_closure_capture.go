package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// Since Go 1.22 each iteration has its own loop variable, so
	// goroutines capturing i see distinct values.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println("captured per-iteration:", seen)

	// Closures stored for later also capture per-iteration variables.
	var funcs []func() string
	for _, name := range []string{"ant", "bee", "cat"} {
		funcs = append(funcs, func() string { return "hello " + name })
	}
	for _, f := range funcs {
		fmt.Println(f())
	}

	// A variable declared outside the loop is shared by all closures.
	shared := 0
	var adders []func()
	for k := 1; k <= 3; k++ {
		adders = append(adders, func() { shared += k })
	}
	for _, add := range adders {
		add()
	}
	fmt.Println("shared after adders:", shared)

	// Passing the value as an argument (the pre-1.22 idiom) still works.
	results := make([]string, 4)
	for i := range 4 {
		wg.Add(1)
		go func(n int, label string) {
			defer wg.Done()
			results[n] = fmt.Sprintf("%s-%d", label, n*n)
		}(i, "sq")
	}
	wg.Wait()
	fmt.Println(results)

	// Modifying the loop variable inside the body affects only that iteration.
	var evens []int
	for i := 0; i < 10; i++ {
		i := i * 2
		wg.Go(func() {
			mu.Lock()
			evens = append(evens, i)
			mu.Unlock()
		})
	}
	wg.Wait()
	sort.Ints(evens)
	fmt.Println("evens:", evens)
}
