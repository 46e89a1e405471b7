package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("recovered error: %w", v)
			case string:
				err = errors.New("recovered: " + v)
			default:
				err = fmt.Errorf("recovered %T: %v", v, v)
			}
		}
	}()
	f()
	return nil
}

type Custom struct{ Code int }

func main() {
	var m map[string]int
	var p *Custom
	xs := []int{1, 2, 3}
	idx := 5
	zero := 0
	calls := []func(){
		func() { fmt.Println("fine") },
		func() { panic("plain string") },
		func() { panic(Custom{7}) },
		func() { panic(fmt.Errorf("wrapped %d", 42)) },
		func() { m["x"] = 1 },
		func() { _ = p.Code },
		func() { _ = xs[idx] },
		func() { _ = 10 / zero },
		func() { var a any = "s"; _ = a.(int) },
	}
	for i, c := range calls {
		fmt.Printf("%d: %v\n", i, safe(c))
	}
	err := safe(func() { _ = xs[idx] })
	var re interface{ RuntimeError() }
	fmt.Println(errors.As(err, &re))
}
