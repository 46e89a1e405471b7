package main

import (
	"fmt"
	"strings"
)

// def gen(n): for i in range(n): yield i
func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i
		}
	}()
	return ch
}

// pipeline: (x*x for x in src)
func squares(src <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for x := range src {
			out <- x * x
		}
	}()
	return out
}

// generator that can be stopped early with a done channel (like gen.close())
func naturals(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func lines(text string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for l := range strings.SplitSeq(text, "\n") {
			if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
				out <- t
			}
		}
	}()
	return out
}

func main() {
	// list(gen(5))
	var all []int
	for v := range gen(5) {
		all = append(all, v)
	}
	fmt.Println(all)

	fmt.Print("squares:")
	for v := range squares(gen(6)) {
		fmt.Print(" ", v)
	}
	fmt.Println()

	done := make(chan struct{})
	nat := naturals(done)
	first := []int{}
	for v := range nat {
		first = append(first, v)
		if len(first) == 5 {
			break
		}
	}
	close(done)
	for range nat {
		// drain until the goroutine notices done
	}
	fmt.Println("first five:", first)

	cfg := `
	# comment
	host = example
	port = 80

	debug = yes
	`
	n := 0
	for l := range lines(cfg) {
		n++
		k, v, _ := strings.Cut(l, "=")
		fmt.Printf("%d: %q -> %q\n", n, strings.TrimSpace(k), strings.TrimSpace(v))
	}

	// next(gen) by receiving once; comma-ok detects StopIteration
	g := gen(2)
	a, ok1 := <-g
	b, ok2 := <-g
	c, ok3 := <-g
	fmt.Println(a, ok1, b, ok2, c, ok3)
	total := 0
	for v := range squares(gen(101)) {
		total += v
	}
	fmt.Println("sum squares 0..100:", total)
}
