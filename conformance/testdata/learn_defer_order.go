package main

import "fmt"

func countdown() {
	for i := 1; i <= 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("countdown body done")
}

func argsEvaluated() {
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 30
	fmt.Println("x at end:", x)
}

func doubleResult() (n int) {
	defer func() {
		n *= 2
		fmt.Println("defer doubled n to", n)
	}()
	n = 21
	return n
}

func safeDivide(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = a / b
	return
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func nested() {
	defer trace("nested")()
	fmt.Println("working in nested")
}

func main() {
	defer fmt.Println("main's last words")
	countdown()
	argsEvaluated()
	fmt.Println("result:", doubleResult())
	r, err := safeDivide(10, 2)
	fmt.Println(r, err)
	r, err = safeDivide(1, 0)
	fmt.Println(r, err)
	nested()
	fmt.Println("end of main body")
}
