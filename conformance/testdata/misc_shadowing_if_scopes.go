package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, errors.New("bad number " + strconv.Quote(s))
	}
	return n, nil
}

func main() {
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if n, err := parse("12"); err == nil {
		fmt.Println(n * 2)
	}
	if _, err := parse("zz"); err != nil {
		fmt.Println(err)
	}
	err := errors.New("outer err")
	for i := range 2 {
		err := fmt.Errorf("iteration %d", i)
		_ = err
	}
	fmt.Println(err)
}
