package main

import "fmt"

func countdown() {
	for i := range 3 {
		defer fmt.Println("  deferred", i)
	}
	fmt.Println("  countdown body done")
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("  deferred sees x =", x)
	x = 2
	fmt.Println("  body sees x =", x)
}

func closureSeesLatest() {
	x := 1
	defer func() { fmt.Println("  closure sees x =", x) }()
	x = 2
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func trace(name string) func() {
	fmt.Println("  enter", name)
	return func() { fmt.Println("  leave", name) }
}

func inner() {
	defer trace("inner")()
	fmt.Println("  working in inner")
}

func outer() {
	defer trace("outer")()
	inner()
}

type Resource struct{ name string }

func Open(name string) *Resource {
	fmt.Println("  open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("  close", r.name) }

func useResources() {
	a := Open("a.txt")
	defer a.Close()
	b := Open("b.txt")
	defer b.Close()
	fmt.Println("  using", a.name, "and", b.name)
}

func main() {
	defer fmt.Println("main: first defer runs last")
	defer fmt.Println("main: second defer runs first")

	// Step 1: deferred calls run in LIFO order
	fmt.Println("step 1:")
	countdown()

	// Step 2: arguments are evaluated at the defer statement
	fmt.Println("step 2:")
	argsEvaluatedEarly()

	// Step 3: a closure reads the variable when it runs
	fmt.Println("step 3:")
	closureSeesLatest()

	// Step 4: defer can change named results
	fmt.Println("step 4:", double(4))

	// Step 5: enter/leave tracing
	fmt.Println("step 5:")
	outer()

	// Step 6: cleanup in reverse order of acquisition
	fmt.Println("step 6:")
	useResources()

	// Step 7: defer inside a function literal runs when the literal returns
	fmt.Println("step 7:")
	func() {
		defer fmt.Println("  literal deferred")
		fmt.Println("  literal body")
	}()

	// Step 8: defer of a method value binds the receiver now
	fmt.Println("step 8:")
	r := &Resource{"first"}
	func() {
		defer r.Close()
		r = &Resource{"second"}
	}()

	fmt.Println("step 9: end of main body")
}
