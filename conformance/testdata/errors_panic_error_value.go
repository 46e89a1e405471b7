package main

import (
	"errors"
	"fmt"
)

type BadInput struct{ V int }

func (b BadInput) Error() string { return fmt.Sprintf("bad input %d", b.V) }

func check(v int) {
	if v < 0 {
		panic(BadInput{v})
	}
}

func safeCheck(v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	check(v)
	return nil
}

func main() {
	fmt.Println(safeCheck(1))
	err := safeCheck(-5)
	fmt.Println(err)
	var bi BadInput
	fmt.Println(errors.As(err, &bi), bi.V)
}
