package main

import "fmt"

func makeCounter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func makeAdder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func apply(nums []int, f func(int) int) []int {
	out := []int{}
	for _, n := range nums {
		out = append(out, f(n))
	}
	return out
}

func main() {
	c1 := makeCounter()
	c2 := makeCounter()
	fmt.Println(c1(), c1(), c1())
	fmt.Println(c2(), c2())
	fmt.Println("c1 again:", c1())

	add := makeAdder(10)
	fmt.Println(add(1), add(2), add(3))

	double := func(x int) int { return x * 2 }
	fmt.Println(apply([]int{1, 2, 3}, double))
	fmt.Println(apply([]int{1, 2, 3}, add))

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x after closures:", x)

	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
	total := 0
	func() {
		for i := 1; i <= 5; i++ {
			total += i
		}
	}()
	fmt.Println("total:", total)
}
