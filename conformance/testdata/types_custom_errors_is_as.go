package main

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type RetryableError struct{ Attempts int }

func (e RetryableError) Error() string { return fmt.Sprintf("retryable after %d attempts", e.Attempts) }

// Is lets a RetryableError match any other RetryableError.
func (e RetryableError) Is(target error) bool {
	_, ok := target.(RetryableError)
	return ok
}

func find(user, key string) error {
	switch {
	case user != "admin" && key == "secret":
		return &QueryError{Query: key, Err: ErrPermission}
	case key == "missing":
		return fmt.Errorf("find %q: %w", key, &QueryError{Query: key, Err: ErrNotFound})
	case key == "flaky":
		return fmt.Errorf("network: %w", RetryableError{Attempts: 3})
	}
	return nil
}

func main() {
	cases := [][2]string{{"bob", "secret"}, {"admin", "secret"}, {"bob", "missing"}, {"bob", "flaky"}}
	for _, c := range cases {
		err := find(c[0], c[1])
		fmt.Printf("%s/%s: %v\n", c[0], c[1], err)
		if err == nil {
			continue
		}
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound),
			"is Permission:", errors.Is(err, ErrPermission),
			"is Retryable:", errors.Is(err, RetryableError{}))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  QueryError for", qe.Query, "cause:", qe.Err)
		}
		var re RetryableError
		if errors.As(err, &re) {
			fmt.Println("  attempts:", re.Attempts)
		}
	}

	// Wrapping chains and Unwrap.
	base := ErrNotFound
	l1 := fmt.Errorf("repo: %w", base)
	l2 := fmt.Errorf("service: %w", l1)
	for e := error(l2); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}

	// Multiple %w and errors.Join.
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Is(multi, ErrPermission))
	fmt.Println("Unwrap of multi is nil:", errors.Unwrap(multi) == nil)

	joined := errors.Join(ErrNotFound, nil, &QueryError{"q", ErrPermission})
	fmt.Printf("joined:\n%v\n", joined)
	fmt.Println(errors.Is(joined, ErrPermission))
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined has", len(u.Unwrap()), "errors")
	}
	fmt.Println("Join of nils:", errors.Join(nil, nil) == nil)

	// Sentinel comparison with == fails once wrapped.
	fmt.Println(l1 == ErrNotFound, errors.Is(l1, ErrNotFound))
}
