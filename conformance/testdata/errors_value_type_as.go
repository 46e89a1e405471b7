package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func lookup(n string) error { return fmt.Errorf("lookup: %w", NotFound{n}) }

func main() {
	err := lookup("cfg")
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	fmt.Println(errors.Is(err, NotFound{"cfg"}), errors.Is(err, NotFound{"x"}))
	var target interface{ Error() string }
	fmt.Println(errors.As(err, &target), target)
}
