package main

import "fmt"

type Celsius float64

func main() {
	vals := []any{1, "s", 2.5, true, nil, []int{1}, map[string]int{"a": 1}, Celsius(20), struct{}{}, 'x', byte(1)}
	for _, v := range vals {
		fmt.Printf("%T %v\n", v, v)
	}
}
