package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string        { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(target error) bool { t, ok := target.(codeErr); return ok && (t == 0 || t == c) }

func lookup(q string) error {
	if q == "missing" {
		return &QueryError{q, ErrNotFound}
	}
	return &QueryError{q, codeErr(500)}
}

func main() {
	e1, e2 := lookup("missing"), lookup("broken")
	fmt.Println(e1, "|", e2)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Is(e2, ErrNotFound))
	fmt.Println(errors.Is(e2, codeErr(500)), errors.Is(e2, codeErr(0)), errors.Is(e2, codeErr(404)))
	var qe *QueryError
	fmt.Println(errors.As(e2, &qe), qe.Query)
}
