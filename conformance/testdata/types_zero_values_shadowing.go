package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Config struct {
	Name    string
	Retries int
	Ratio   float64
	Enabled bool
	Tags    []string
	Limits  map[string]int
	Next    *Config
	Handler func() string
	Err     error
	Data    [2]byte
}

func parse(s string) (n int, err error) {
	// Named results start at their zero values.
	if s == "" {
		return
	}
	n, err = strconv.Atoi(s)
	return
}

func main() {
	var c Config
	fmt.Printf("%+v\n", c)
	fmt.Printf("%q %d %v %v\n", c.Name, c.Retries, c.Ratio, c.Enabled)
	fmt.Println(c.Tags == nil, c.Limits == nil, c.Next == nil, c.Handler == nil, c.Err == nil)

	// Nil slices and maps are usable for reading.
	fmt.Println(len(c.Tags), cap(c.Tags), len(c.Limits), c.Limits["missing"])
	for range c.Tags {
		fmt.Println("never printed")
	}
	c.Tags = append(c.Tags, "first") // append works on nil
	fmt.Println(c.Tags)

	n, err := parse("")
	fmt.Println("parse empty:", n, err)
	n, err = parse("42")
	fmt.Println("parse 42:", n, err)

	// Shadowing: := in an inner scope declares a new variable.
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner x:", x)
		x := "three"
		fmt.Println("innermost x:", x)
	}
	fmt.Println("outer x:", x)

	// A classic bug: err shadowed inside a block.
	var result int
	err = errors.New("initial")
	if true {
		result, err := parse("x7")
		_ = result
		fmt.Println("inner err:", err != nil)
	}
	fmt.Println("outer result:", result, "outer err still:", err)

	// Fix: assign with = instead of :=.
	if true {
		result, err = parse("7")
	}
	fmt.Println("fixed:", result, err)

	// Shadowing a builtin function.
	shadowed := 0
	{
		len := func(s string) int { return 100 }
		shadowed = len("abc")
	}
	fmt.Println("shadowed len:", shadowed, "real len:", len("abc"))

	// Zero values of pointers to structs are nil; new gives a zeroed value.
	p := new(Config)
	fmt.Println(p.Retries, p.Next == nil)

	// Writing to a nil map panics.
	fmt.Println("about to write to a nil map...")
	c.Limits["max"] = 10
}
