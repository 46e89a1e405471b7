package main

import (
	"errors"
	"fmt"
	"strings"
)

var log []string

type Resource struct {
	name   string
	closed bool
}

// __enter__
func Open(name string) (*Resource, error) {
	if strings.HasPrefix(name, "bad") {
		return nil, fmt.Errorf("cannot open %s", name)
	}
	log = append(log, "open "+name)
	return &Resource{name: name}, nil
}

// __exit__
func (r *Resource) Close() error {
	if r.closed {
		return errors.New("already closed")
	}
	r.closed = true
	log = append(log, "close "+r.name)
	return nil
}

func (r *Resource) Write(s string) { log = append(log, r.name+" <- "+s) }

// with open(a) as x, open(b) as y: ...
func useTwo(a, b string) (err error) {
	x, err := Open(a)
	if err != nil {
		return err
	}
	defer x.Close()
	y, err := Open(b)
	if err != nil {
		return err
	}
	defer y.Close()
	x.Write("hello")
	y.Write("world")
	return nil
}

// @contextmanager emulation: a function that takes the body
func withTimer(label string, body func()) {
	log = append(log, "enter "+label)
	defer func() { log = append(log, "exit "+label) }()
	body()
}

// __exit__ returning True suppresses the exception
func suppress(body func()) (suppressed any) {
	defer func() { suppressed = recover() }()
	body()
	return nil
}

func deferOrder() {
	for i := range 3 {
		defer func() { log = append(log, fmt.Sprint("deferred ", i)) }()
	}
	log = append(log, "loop done")
}

// defer evaluates arguments immediately
func deferArgs() (result int) {
	x := 1
	defer func(v int) { log = append(log, fmt.Sprint("arg captured ", v, " x now ", x)) }(x)
	defer func() { result *= 10 }()
	x = 5
	return x
}

func main() {
	fmt.Println("err:", useTwo("a.txt", "b.txt"))
	fmt.Println("err:", useTwo("c.txt", "bad.txt"))
	withTimer("block", func() { log = append(log, "work") })
	p := suppress(func() {
		withTimer("failing", func() { panic("oops") })
	})
	fmt.Println("suppressed:", p)
	deferOrder()
	fmt.Println("deferArgs returned", deferArgs())
	r, _ := Open("z")
	fmt.Println(r.Close(), r.Close())
	for i, l := range log {
		fmt.Printf("%2d %s\n", i, l)
	}
}
