package main

import (
	"errors"
	"fmt"
	"runtime"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			var re runtime.Error
			if e, ok := r.(error); ok && errors.As(e, &re) {
				err = fmt.Errorf("recovered runtime error: %w", re)
				return
			}
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if b == 42 {
		panic("unlucky divisor")
	}
	return a / b, nil
}

func main() {
	for _, b := range []int{3, 0, 42} {
		q, err := safeDiv(10, b)
		fmt.Println(q, err)
	}
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var arr []int
		_ = arr[5]
	}()
	fmt.Println("after")
}
