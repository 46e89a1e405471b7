package main

import (
	"fmt"
	"sort"
)

type op func(a, b float64) (float64, error)

var ops = map[string]op{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return a / b, nil
	},
}

func main() {
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		v, err := ops[n](6, 0)
		fmt.Println(n, v, err)
	}
	if f, ok := ops["*"]; !ok {
		fmt.Println("no *", f == nil)
	}
}
