package main

import (
	"errors"
	"fmt"
)

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred sees x =", x)
	x = 10
	fmt.Println("x is now", x)
}

func loopDefers() {
	defer trace("loopDefers")()
	for i := range 3 {
		defer fmt.Println("defer in loop", i)
	}
	fmt.Println("loop finished")
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

type resource struct{ name string }

func (r resource) Close() { fmt.Println("closing", r.name) }

func useResources() {
	r := resource{"first"}
	defer r.Close() // receiver copied now
	r.name = "changed"
	defer r.Close()
	fmt.Println("using resources")
}

func rePanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer caught: %v", r)
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("original")
}

func cleanupErrors() (err error) {
	closeErr := errors.New("close failed")
	defer func() {
		err = errors.Join(err, closeErr)
	}()
	return errors.New("write failed")
}

func main() {
	fmt.Println("double(3) =", double(3))
	argsEvaluatedEarly()
	loopDefers()
	for _, b := range []int{2, 0} {
		q, err := safeDivide(10, b)
		fmt.Printf("10/%d -> q=%d err=%v\n", b, q, err)
	}
	useResources()
	fmt.Println(rePanic())
	fmt.Println(cleanupErrors())

	counter := 0
	func() {
		defer func() { counter += 100 }()
		counter++
	}()
	fmt.Println("counter:", counter)

	var order []string
	func() {
		for _, s := range []string{"a", "b", "c"} {
			defer func() { order = append(order, s) }()
		}
	}()
	fmt.Println("closure defers:", order)
}
