package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type ValidationError struct {
	Field  string
	Reason string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %s", e.Field, e.Reason)
}

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// TemporaryError reports whether it is worth retrying via an Is method.
type TemporaryError struct{ Code int }

func (e TemporaryError) Error() string { return fmt.Sprintf("temporary failure (code %d)", e.Code) }
func (e TemporaryError) Is(target error) bool {
	t, ok := target.(TemporaryError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

var users = map[int]string{1: "root", 2: "alice"}

func lookup(id int) (string, error) {
	if id <= 0 {
		return "", &ValidationError{"id", "must be positive, got " + strconv.Itoa(id)}
	}
	name, ok := users[id]
	if !ok {
		return "", &QueryError{Query: "SELECT user " + strconv.Itoa(id), Err: ErrNotFound}
	}
	if name == "root" {
		return "", fmt.Errorf("lookup %d: %w", id, ErrPermission)
	}
	return name, nil
}

func describe(err error) string {
	var ve *ValidationError
	var qe *QueryError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &ve):
		return "validation problem with field " + ve.Field
	case errors.Is(err, ErrNotFound) && errors.As(err, &qe):
		return "missing record for " + qe.Query
	case errors.Is(err, ErrPermission):
		return "access denied"
	case errors.Is(err, TemporaryError{}):
		return "retry later"
	}
	return "unknown: " + err.Error()
}

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	for _, id := range []int{2, 1, 7, -3} {
		name, err := lookup(id)
		fmt.Printf("lookup(%d): name=%q err=%v => %s\n", id, name, err, describe(err))
	}

	wrapped := fmt.Errorf("handler: %w", fmt.Errorf("service: %w", &QueryError{"q", ErrNotFound}))
	fmt.Println("wrapped:", wrapped)
	for e, depth := wrapped, 0; e != nil; e, depth = errors.Unwrap(e), depth+1 {
		fmt.Printf("  depth %d: %v\n", depth, e)
	}

	joined := errors.Join(ErrPermission, nil, TemporaryError{503}, &ValidationError{"name", "empty"})
	fmt.Printf("joined:\n%v\n", joined)
	fmt.Println("joined is permission:", errors.Is(joined, ErrPermission),
		"is temp(any):", errors.Is(joined, TemporaryError{}),
		"is temp(503):", errors.Is(joined, TemporaryError{503}),
		"is temp(500):", errors.Is(joined, TemporaryError{500}))
	fmt.Println("describe joined:", describe(joined))

	multi := fmt.Errorf("both: %w and %w", ErrNotFound, fs.ErrNotExist)
	fmt.Println(multi, "| notfound:", errors.Is(multi, ErrNotFound), "| fs:", errors.Is(multi, fs.ErrNotExist))
	fmt.Println("errors.Join of nils is nil:", errors.Join(nil, nil) == nil)

	notWrapped := fmt.Errorf("flattened: %v", ErrNotFound)
	fmt.Println("formatting with v loses identity:", errors.Is(notWrapped, ErrNotFound))

	res, err := safeDivide(10, 2)
	fmt.Println("10/2 =", res, err)
	res, err = safeDivide(1, 0)
	fmt.Println("1/0 =", res, err)

	var target *ValidationError
	_, err = strconv.Atoi("nope")
	fmt.Println("Atoi error is ValidationError:", errors.As(err, &target), "| is ErrSyntax:", errors.Is(err, strconv.ErrSyntax))
}
