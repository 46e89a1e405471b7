package main

import (
	"errors"
	"fmt"
)

var ErrDisk = errors.New("disk full")
var ErrPerm = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func save() error {
	return fmt.Errorf("save record: %w", ErrDisk)
}

func handler() error {
	if err := save(); err != nil {
		return fmt.Errorf("handler: %w", &QueryError{Query: "INSERT", Err: err})
	}
	return nil
}

func main() {
	err := handler()
	fmt.Println("error:", err)

	// walk the chain with errors.Unwrap
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %d: %T: %v\n", depth, e, e)
		depth++
	}

	fmt.Println("Is ErrDisk:", errors.Is(err, ErrDisk))
	fmt.Println("Is ErrPerm:", errors.Is(err, ErrPerm))

	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("As QueryError, query =", qe.Query)
	}

	// %w twice in one call: wraps both, Unwrap() returns nil
	both := fmt.Errorf("multi: %w and %w", ErrDisk, ErrPerm)
	fmt.Println(both)
	fmt.Println("Unwrap single:", errors.Unwrap(both))
	fmt.Println("Is disk:", errors.Is(both, ErrDisk), "Is perm:", errors.Is(both, ErrPerm))
	if m, ok := both.(interface{ Unwrap() []error }); ok {
		fmt.Println("multi unwrap count:", len(m.Unwrap()))
	}

	// wrap the multi error again
	outer := fmt.Errorf("outer: %w", both)
	fmt.Println(outer, "| is perm:", errors.Is(outer, ErrPerm))

	// %v instead of %w breaks the chain
	flat := fmt.Errorf("flat: %v", ErrDisk)
	fmt.Println(flat, "| is disk:", errors.Is(flat, ErrDisk))

	// errors.Join
	j := errors.Join(ErrDisk, nil, ErrPerm)
	fmt.Printf("joined:\n%v\n", j)
	fmt.Println("joined is perm:", errors.Is(j, ErrPerm))
	fmt.Println("join of nils is nil:", errors.Join(nil, nil) == nil)
}
