package main

import (
	"errors"
	"fmt"
)

// safely runs f and converts any panic into an error
func safely(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("%s: recovered error: %w", name, v)
			case string:
				err = fmt.Errorf("%s: recovered: %s", name, v)
			default:
				err = fmt.Errorf("%s: recovered %T: %v", name, v, v)
			}
		}
	}()
	f()
	return nil
}

var ErrCustom = errors.New("custom failure")

func divide(a, b int) (q int, err error) {
	err = safely("divide", func() { q = a / b })
	return
}

func main() {
	tasks := []struct {
		name string
		f    func()
	}{
		{"ok", func() {}},
		{"string", func() { panic("boom") }},
		{"error", func() { panic(ErrCustom) }},
		{"int", func() { panic(42) }},
		{"index", func() {
			s := []int{1, 2, 3}
			i := 5
			_ = s[i]
		}},
		{"nilmap", func() {
			var m map[string]int
			m["x"] = 1
		}},
	}
	for _, t := range tasks {
		err := safely(t.name, t.f)
		fmt.Printf("%-7s -> %v\n", t.name, err)
	}

	err := safely("wrapped", func() { panic(ErrCustom) })
	fmt.Println("is ErrCustom:", errors.Is(err, ErrCustom))

	q, err := divide(10, 2)
	fmt.Println("10/2 =", q, err)
	q, err = divide(1, 0)
	fmt.Println("1/0 =", q, err)

	// nested: a recovered panic in an inner helper does not disturb the outer
	err = safely("outer", func() {
		inner := safely("inner", func() { panic("deep") })
		fmt.Println("inner result:", inner)
	})
	fmt.Println("outer result:", err)

	// re-panic from the deferred function is caught by an outer helper
	err = safely("outer2", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("first")
	})
	fmt.Println(err)
}
