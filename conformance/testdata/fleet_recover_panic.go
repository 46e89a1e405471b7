package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Route struct {
	Name  string
	Stops []string
}

// StopAt panics on a bad index, like a plain slice access would.
func (r *Route) StopAt(i int) string {
	return r.Stops[i]
}

// safeStop converts a panic into an error using a deferred recover.
func safeStop(r *Route, i int) (stop string, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("route %s: %v", r.Name, rec)
		}
	}()
	return r.StopAt(i), nil
}

var ErrOverweight = errors.New("overweight")

func loadTruck(kg int) {
	if kg > 1000 {
		panic(fmt.Errorf("load %d kg: %w", kg, ErrOverweight))
	}
	fmt.Println("  loaded", kg, "kg")
}

func tryLoad(kg int) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok {
			err = e
			return
		}
		err = fmt.Errorf("unknown panic: %v", r)
	}()
	loadTruck(kg)
	return nil
}

func deferOrder() {
	for i := range 3 {
		defer fmt.Println("  deferred close of bay", i)
	}
	fmt.Println("  opening bays")
}

func deferredArgs() (result int) {
	x := 10
	defer fmt.Println("  defer saw x =", x) // argument evaluated now
	defer func() { result *= 2 }()          // modifies the named result
	x = 20
	return x
}

func main() {
	r := &Route{Name: "R-North", Stops: []string{"Depot", "Mill", "School"}}
	for _, i := range []int{0, 2, 5} {
		s, err := safeStop(r, i)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("stop", i, "is", s)
	}

	for _, kg := range []int{800, 1500} {
		if err := tryLoad(kg); err != nil {
			fmt.Println("error:", err, "| overweight?", errors.Is(err, ErrOverweight))
		}
	}

	fmt.Println("defer order:")
	deferOrder()

	fmt.Println("deferred args and named results:")
	fmt.Println("  result:", deferredArgs())

	func() {
		defer func() {
			r := recover()
			if re, ok := r.(runtime.Error); ok {
				fmt.Println("recovered runtime error:", re)
			}
		}()
		var m map[string]int
		m["T1"] = 1
	}()

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered value %v of type %T\n", r, r)
		}()
		panic("dispatcher lost contact")
	}()

	fmt.Println("program finished normally")
}
