package main

import (
	"errors"
	"fmt"
)

type resource struct{ name string }

func (r *resource) Close() error {
	fmt.Println("close", r.name)
	if r.name == "b" {
		return errors.New("close b failed")
	}
	return nil
}

func useAll(names ...string) (err error) {
	for _, n := range names {
		r := &resource{n}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	fmt.Println("using", len(names), "resources")
	return nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func main() {
	fmt.Println("err:", useAll("a", "b", "c"))
	fmt.Println("counter:", counter())
	for i := range 3 {
		defer fmt.Println("deferred in main", i)
	}
	fmt.Println("main body done")
}
