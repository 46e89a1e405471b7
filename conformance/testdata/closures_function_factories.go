package main

import (
	"fmt"
	"strings"
)

func multiplier(k int) func(int) int { return func(x int) int { return x * k } }

func prefixer(p string) func(string) string {
	return func(s string) string { return p + s }
}

func accumulator() (add func(int), total func() int) {
	sum := 0
	add = func(n int) { sum += n }
	total = func() int { return sum }
	return
}

func chain(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	double, triple := multiplier(2), multiplier(3)
	fmt.Println(double(5), triple(5), double(triple(2)))
	fs := make([]func(int) int, 0)
	for i := range 4 {
		fs = append(fs, multiplier(i))
	}
	for _, f := range fs {
		fmt.Print(f(10), " ")
	}
	fmt.Println()
	add, total := accumulator()
	for i := 1; i <= 10; i++ {
		add(i)
	}
	fmt.Println(total())
	shout := chain(strings.TrimSpace, strings.ToUpper, prefixer(">> "))
	fmt.Println(shout("  hello world  "))
	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["a"]()
	counters["a"]()
	fmt.Println(counters["a"](), counters["b"]())
}
