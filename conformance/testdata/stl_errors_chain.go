package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
	ErrTimeout    = errors.New("timeout")
)

type ValidationError struct {
	Field  string
	Value  any
	Reason string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s=%v: %s", e.Field, e.Value, e.Reason)
}

type QueryError struct {
	Query string
	Err   error
}

func (e QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e QueryError) Unwrap() error { return e.Err }

// StatusError matches any 5xx when compared with StatusError{500}.
type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprintf("http status %d", e.Code) }
func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && (t.Code == e.Code || (t.Code == 500 && e.Code >= 500 && e.Code < 600))
}

type temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (e netErr) Error() string   { return e.msg }
func (e netErr) Temporary() bool { return true }

func findUser(id int) (string, error) {
	switch {
	case id <= 0:
		return "", &ValidationError{"id", id, "must be positive"}
	case id == 13:
		return "", QueryError{"SELECT name FROM users WHERE id=13", ErrPermission}
	case id > 100:
		return "", fmt.Errorf("findUser(%d): %w", id, ErrNotFound)
	}
	return "user" + strconv.Itoa(id), nil
}

func describe(err error) string {
	var ve *ValidationError
	var qe QueryError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &ve):
		return "validation problem with field " + ve.Field
	case errors.As(err, &qe) && errors.Is(err, ErrPermission):
		return "query denied: " + qe.Query
	case errors.Is(err, ErrNotFound):
		return "missing"
	}
	return "unknown"
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	for _, id := range []int{7, -1, 13, 500} {
		name, err := findUser(id)
		fmt.Printf("findUser(%d) = %q, err=%v -> %s\n", id, name, err, describe(err))
	}

	err := fmt.Errorf("layer3: %w", fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrTimeout)))
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  chain[%d]: %v\n", depth, e)
		depth++
	}
	fmt.Println("is timeout:", errors.Is(err, ErrTimeout), "is not found:", errors.Is(err, ErrNotFound))

	joined := errors.Join(ErrNotFound, nil, &ValidationError{"age", -3, "negative"}, StatusError{503})
	fmt.Printf("joined error:\n%v\n", joined)
	var ve *ValidationError
	fmt.Println("joined is ErrNotFound:", errors.Is(joined, ErrNotFound),
		"| is 5xx:", errors.Is(joined, StatusError{500}),
		"| is 404:", errors.Is(joined, StatusError{404}),
		"| as validation:", errors.As(joined, &ve) && ve.Field == "age")
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined wraps", len(u.Unwrap()), "errors")
	}
	fmt.Println("join of nils is nil:", errors.Join(nil, nil) == nil)

	multi := fmt.Errorf("both: %w and %w", ErrTimeout, ErrPermission)
	fmt.Println(multi, "| timeout:", errors.Is(multi, ErrTimeout), "| permission:", errors.Is(multi, ErrPermission))
	fmt.Println("Unwrap on multi-%w returns nil:", errors.Unwrap(multi) == nil)

	var tmp temporary
	err = fmt.Errorf("dial tcp: %w", netErr{"connection reset"})
	if errors.As(err, &tmp) {
		fmt.Println("temporary error:", err, "retry:", tmp.Temporary())
	}

	_, err = os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("path error: op=%s path=%s err=%v notexist=%v\n", pe.Op, pe.Path, pe.Err, errors.Is(err, fs.ErrNotExist))
	}

	_, err = safeDiv(1, 0)
	fmt.Println(err)
	q, err := safeDiv(10, 3)
	fmt.Println("safeDiv(10,3) =", q, err)
	fmt.Println("unsupported:", fmt.Errorf("feature x: %w", errors.ErrUnsupported))
}
