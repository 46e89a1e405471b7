package main

import (
	"errors"
	"fmt"
)

type Recipe struct {
	Name     string
	Servings int
	Grams    []int
}

// perServing panics on a zero serving count (integer divide by zero).
func perServing(r Recipe) []int {
	out := make([]int, len(r.Grams))
	for i, g := range r.Grams {
		out[i] = g / r.Servings
	}
	return out
}

// step returns an ingredient by index, panicking if out of range.
func step(r Recipe, i int) int { return r.Grams[i] }

// safely turns a panic into an ordinary error via a named result.
func safely(name string, fn func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			if re, ok := p.(error); ok {
				err = fmt.Errorf("%s: recovered: %w", name, re)
			} else {
				err = fmt.Errorf("%s: recovered: %v", name, p)
			}
		}
	}()
	fn()
	return nil
}

func validate(r Recipe) {
	if r.Name == "" {
		panic("recipe has no name")
	}
}

func main() {
	defer fmt.Println("kitchen closed (deferred in main)")

	recipes := []Recipe{
		{"bread", 4, []int{500, 10, 7}},
		{"broken", 0, []int{100}},
		{"", 2, []int{50}},
	}

	for _, r := range recipes {
		err := safely("per-serving "+r.Name, func() {
			validate(r)
			fmt.Println(r.Name, "per serving:", perServing(r))
		})
		if err != nil {
			fmt.Println("error:", err)
		}
	}

	err := safely("lookup", func() { _ = step(recipes[0], 5) })
	fmt.Println("error:", err)

	var rtErr interface{ RuntimeError() }
	fmt.Println("is runtime error:", errors.As(err, &rtErr))

	for i := range 3 {
		defer fmt.Printf("cleanup %d\n", i)
	}
	fmt.Println("all checks done")
}
