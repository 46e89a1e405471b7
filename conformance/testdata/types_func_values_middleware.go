package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Request struct{ Path, User string }

type Handler func(Request) string

type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) string {
			*log = append(*log, "start "+r.Path)
			resp := next(r)
			*log = append(*log, "end "+r.Path+" -> "+resp)
			return resp
		}
	}
}

func RequireUser(next Handler) Handler {
	return func(r Request) string {
		if r.User == "" {
			return "401 unauthorized"
		}
		return next(r)
	}
}

func Uppercase(next Handler) Handler {
	return func(r Request) string { return strings.ToUpper(next(r)) }
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func main() {
	var log []string
	hello := func(r Request) string { return "200 hello " + r.User }
	h := Chain(hello, Logging(&log), RequireUser, Uppercase)

	fmt.Println(h(Request{"/home", "ada"}))
	fmt.Println(h(Request{"/admin", ""}))
	fmt.Println(strings.Join(log, "\n"))

	// A map of named operations.
	ops := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
		"div": func(a, b float64) float64 { return a / b },
	}
	for _, name := range slices.Sorted(maps.Keys(ops)) {
		fmt.Printf("%s(12, 4) = %g\n", name, ops[name](12, 4))
	}
	f, ok := ops["pow"]
	fmt.Println("pow present:", ok, "f is nil:", f == nil)

	// Closures capture variables, not values.
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	// Each loop iteration has its own variable (Go 1.22+).
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())

	shout := Uppercase(func(r Request) string { return "quiet " + r.Path })
	fmt.Printf("%T %s\n", shout, shout(Request{Path: "/x"}))
}
