// Chapter: errors — wrapping, joining, custom types and recover.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempError struct{ Code int }

func (e TempError) Error() string { return fmt.Sprintf("temporary failure %d", e.Code) }

func lookup(key string) error {
	if key == "" {
		return &QueryError{Query: key, Err: ErrNotFound}
	}
	return nil
}

func load(key string) error {
	if err := lookup(key); err != nil {
		return fmt.Errorf("load %q: %w", key, err)
	}
	return nil
}

// safeDivide converts a panic into an error through a named result.
func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

func main() {
	err := load("")
	fmt.Println(err)
	fmt.Println("Is ErrNotFound:", errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Printf("As QueryError: query=%q inner=%v\n", qe.Query, qe.Err)
	}

	// Walk the chain by hand.
	for e, depth := err, 0; e != nil; e, depth = errors.Unwrap(e), depth+1 {
		fmt.Printf("  depth %d: %T\n", depth, e)
	}
	fmt.Println(load("ok") == nil)

	// %v instead of %w does not wrap.
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)

	// Joining errors.
	joined := errors.Join(ErrNotFound, TempError{503}, nil)
	fmt.Printf("joined:\n%v\n", joined)
	var te TempError
	fmt.Println(errors.Is(joined, ErrNotFound), errors.As(joined, &te), te.Code)
	fmt.Println(errors.Join(nil, nil) == nil)

	// Multiple %w verbs.
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, TempError{1})
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.As(multi, &te), te.Code)
	if u, ok := multi.(interface{ Unwrap() []error }); ok {
		fmt.Println("unwraps to", len(u.Unwrap()), "errors")
	}

	// Sentinel comparison vs value-type errors.
	fmt.Println(TempError{1} == TempError{1}, errors.Is(TempError{2}, TempError{2}))

	// Panics become errors.
	q, err := safeDivide(10, 2)
	fmt.Println(q, err)
	q, err = safeDivide(1, 0)
	fmt.Println(q, err)

	_, perr := strconv.Atoi("abc")
	var numErr *strconv.NumError
	fmt.Println(errors.As(perr, &numErr), numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)
}
