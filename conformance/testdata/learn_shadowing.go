package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = 1
var message = "global"

func setMessage() {
	message := "local"
	fmt.Println("inside setMessage:", message)
}

func reallySet() {
	message = "changed"
}

func parse(s string) (n int, err error) {
	if s != "" {
		n, err := strconv.Atoi(s)
		fmt.Println("  inner n, err:", n, err)
	}
	return n, err
}

func find(vals []int, target int) (int, error) {
	var err error
	idx := -1
	for i, v := range vals {
		if v == target {
			idx := i
			fmt.Println("  found at shadowed idx", idx)
		}
	}
	if idx < 0 {
		err = errors.New("not found (idx was shadowed)")
	}
	return idx, err
}

func main() {
	fmt.Println("x:", x)
	x := 2
	fmt.Println("x shadowed in main:", x)
	{
		x := 3
		x++
		fmt.Println("x in block:", x)
	}
	fmt.Println("x after block:", x)
	if x := x * 10; x > 5 {
		fmt.Println("x in if:", x)
	}
	fmt.Println("x after if:", x)

	setMessage()
	fmt.Println("message:", message)
	reallySet()
	fmt.Println("message:", message)

	n, err := parse("42")
	fmt.Println("parse result:", n, err)

	i, err := find([]int{4, 5, 6}, 5)
	fmt.Println("find:", i, err)

	for x := 0; x < 2; x++ {
		fmt.Println("loop x:", x)
	}
	fmt.Println("x still:", x)
	len := 3
	fmt.Println("len shadowed:", len)
	true := false
	fmt.Println("true is", true)
	fmt := "no more fmt"
	_ = fmt
	println2(x)
}

func println2(v int) {
	fmt.Println("done, v =", v)
}
