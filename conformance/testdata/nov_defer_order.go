package main

import "fmt"

func sayGoodbye(name string) {
	fmt.Println("goodbye,", name)
}

func countWithDefer() {
	fmt.Println("counting starts")
	for i := 1; i <= 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("counting ends (defers run now)")
}

func openAndClose(resource string) {
	fmt.Println("open", resource)
	defer fmt.Println("close", resource)
	fmt.Println("use", resource)
}

// named result can be changed in defer
func tricky() (result int) {
	defer func() {
		result = result * 2
	}()
	result = 21
	return result
}

func argumentsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x is", x)
	x = 100
	fmt.Println("current x is", x)
}

func safeDivide(a, b int) (answer int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered from:", r)
			answer = 0
			ok = false
		}
	}()
	answer = a / b
	ok = true
	return
}

func main() {
	defer sayGoodbye("main")
	defer fmt.Println("this prints second to last")

	fmt.Println("hello!")
	countWithDefer()
	openAndClose("file.txt")
	openAndClose("database")
	fmt.Println("tricky returns", tricky())
	argumentsEvaluatedEarly()

	a, ok := safeDivide(10, 2)
	fmt.Println("10/2 =", a, ok)
	b, ok := safeDivide(1, 0)
	fmt.Println("1/0 =", b, ok)

	fmt.Println("end of main body")
}
