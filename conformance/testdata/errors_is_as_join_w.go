package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")
var ErrDenied = errors.New("denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func lookup(q string) error {
	switch q {
	case "missing":
		return &QueryError{q, ErrNotFound}
	case "secret":
		return fmt.Errorf("lookup: %w", &QueryError{q, ErrDenied})
	}
	return nil
}

func main() {
	for _, q := range []string{"ok", "missing", "secret"} {
		err := lookup(q)
		var qe *QueryError
		fmt.Printf("%-8s err=%v notfound=%v denied=%v as=%v\n", q, err,
			errors.Is(err, ErrNotFound), errors.Is(err, ErrDenied), errors.As(err, &qe))
		if qe != nil {
			fmt.Println("  query field:", qe.Query)
		}
	}
	joined := errors.Join(lookup("missing"), nil, lookup("secret"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrDenied), errors.Is(joined, fs.ErrExist))
	_, err := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path)
	}
	two := fmt.Errorf("both: %w and %w", ErrNotFound, ErrDenied)
	fmt.Println(two, errors.Is(two, ErrNotFound), errors.Is(two, ErrDenied))
	fmt.Println(errors.Unwrap(two) == nil)
}
