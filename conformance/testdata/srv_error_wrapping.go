package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrConflict     = errors.New("conflict")
	ErrUnauthorized = errors.New("unauthorized")
)

// QueryError carries the failing query and the underlying cause.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// TimeoutError is retryable; callers detect that through an interface.
type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string   { return e.Op + " timed out" }
func (e TimeoutError) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

func repoGet(id int) error {
	switch id {
	case 1:
		return nil
	case 2:
		return &QueryError{Query: "SELECT user 2", Err: ErrNotFound}
	case 3:
		return &QueryError{Query: "SELECT user 3", Err: TimeoutError{Op: "read"}}
	case 4:
		return fmt.Errorf("open cache: %w", fs.ErrPermission)
	default:
		return errors.Join(
			&QueryError{Query: "UPDATE user", Err: ErrConflict},
			fmt.Errorf("audit write: %w", TimeoutError{Op: "audit"}),
		)
	}
}

func serviceGet(id int, token string) error {
	if token == "" {
		return fmt.Errorf("get user %d: %w", id, ErrUnauthorized)
	}
	if err := repoGet(id); err != nil {
		return fmt.Errorf("get user %d: %w", id, err)
	}
	return nil
}

// httpStatus maps a wrapped error chain to a response code.
func httpStatus(err error) int {
	switch {
	case err == nil:
		return http.StatusOK
	case errors.Is(err, ErrUnauthorized):
		return http.StatusUnauthorized
	case errors.Is(err, ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, ErrConflict):
		return http.StatusConflict
	case errors.Is(err, fs.ErrPermission):
		return http.StatusForbidden
	}
	var t temporary
	if errors.As(err, &t) && t.Temporary() {
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

func main() {
	cases := []struct {
		id    int
		token string
	}{{1, "t"}, {2, "t"}, {3, "t"}, {4, "t"}, {5, "t"}, {1, ""}}

	for _, c := range cases {
		err := serviceGet(c.id, c.token)
		code := httpStatus(err)
		fmt.Printf("id=%d token=%-2q -> %d %s\n", c.id, c.token, code, http.StatusText(code))
		if err == nil {
			continue
		}
		fmt.Printf("    error: %q\n", err.Error())

		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Printf("    query: %s (cause: %v)\n", qe.Query, qe.Err)
		}
		var te TimeoutError
		if errors.As(err, &te) {
			fmt.Printf("    timeout in op %q, retryable\n", te.Op)
		}
		depth := 0
		for e := err; e != nil; e = errors.Unwrap(e) {
			depth++
		}
		fmt.Printf("    single-unwrap depth: %d\n", depth)
	}

	joined := repoGet(5)
	if multi, ok := joined.(interface{ Unwrap() []error }); ok {
		for i, e := range multi.Unwrap() {
			fmt.Printf("joined[%d]: %v\n", i, e)
		}
	}
	fmt.Println("is conflict:", errors.Is(joined, ErrConflict), "is not found:", errors.Is(joined, ErrNotFound))
}
