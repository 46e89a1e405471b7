package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e TimeoutError) Timeout() bool   { return true }
func (e TimeoutError) Is(t error) bool { return t == ErrTransient }

type MultiError struct{ Errs []error }

func (m MultiError) Error() string {
	msgs := make([]string, len(m.Errs))
	for i, e := range m.Errs {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: [%s]", len(m.Errs), strings.Join(msgs, "; "))
}
func (m MultiError) Unwrap() []error { return m.Errs }

var ErrTransient = errors.New("transient")

// chain flattens an error tree depth-first.
func chain(err error) []string {
	if err == nil {
		return nil
	}
	out := []string{fmt.Sprintf("%T", err)}
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		out = append(out, chain(u.Unwrap())...)
	case interface{ Unwrap() []error }:
		for _, e := range u.Unwrap() {
			out = append(out, chain(e)...)
		}
	}
	return out
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

func main() {
	base := &QueryError{Query: "SELECT 1", Err: TimeoutError{Op: "read"}}
	wrapped := fmt.Errorf("load users: %w", base)
	multi := MultiError{Errs: []error{
		wrapped,
		fmt.Errorf("open config: %w", fs.ErrNotExist),
		errors.New("plain"),
	}}
	top := fmt.Errorf("startup failed: %w (and %w)", multi, ErrTransient)

	for i, err := range []error{base, wrapped, multi, top} {
		fmt.Printf("#%d %v\n", i, err)
		fmt.Printf("   chain=%v\n", chain(err))
		fmt.Printf("   transient=%t notexist=%t timeout=%t\n",
			errors.Is(err, ErrTransient), errors.Is(err, fs.ErrNotExist), isTimeout(err))
	}

	var qe *QueryError
	if errors.As(top, &qe) {
		fmt.Printf("query error: %q inner=%v (%T)\n", qe.Query, qe.Err, qe.Err)
	}
	var te TimeoutError
	fmt.Println(errors.As(top, &te), te.Op)
	var me MultiError
	if errors.As(top, &me) {
		fmt.Println("multi size:", len(me.Errs))
	}
	fmt.Println(errors.Unwrap(wrapped) == error(base), errors.Unwrap(top) == nil, errors.Unwrap(multi))
	fmt.Printf("%q\n", errors.New("quoted"))
}
