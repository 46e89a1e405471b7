package main

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
	ErrTemporary  = errors.New("temporary failure")
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// TimeoutError is a value-type error that also claims to match ErrTemporary.
type TimeoutError struct {
	Op      string
	Seconds int
}

func (e TimeoutError) Error() string {
	return fmt.Sprintf("%s timed out after %ds", e.Op, e.Seconds)
}
func (e TimeoutError) Timeout() bool        { return true }
func (e TimeoutError) Is(target error) bool { return target == ErrTemporary }

func lookup(key string) error {
	switch key {
	case "missing":
		return &QueryError{Query: "SELECT " + key, Err: ErrNotFound}
	case "secret":
		return fmt.Errorf("lookup %s: %w", key, &QueryError{Query: "SELECT secret", Err: ErrPermission})
	case "slow":
		return fmt.Errorf("lookup %s: %w", key, TimeoutError{Op: "read", Seconds: 3})
	case "multi":
		return fmt.Errorf("several: %w and %w", ErrNotFound, TimeoutError{"dial", 1})
	case "opaque":
		return fmt.Errorf("lookup %s: %v", key, ErrNotFound)
	}
	return nil
}

func inspect(key string) {
	err := lookup(key)
	fmt.Printf("[%s] %v\n", key, err)
	if err == nil {
		return
	}
	fmt.Printf("  Is NotFound=%t Permission=%t Temporary=%t\n",
		errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission), errors.Is(err, ErrTemporary))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Printf("  As *QueryError: query=%q inner=%v\n", qe.Query, qe.Err)
	}
	var te TimeoutError
	if errors.As(err, &te) {
		fmt.Printf("  As TimeoutError: %+v\n", te)
	}
	var tmo interface{ Timeout() bool }
	if errors.As(err, &tmo) {
		fmt.Printf("  As Timeout interface: %T %t\n", tmo, tmo.Timeout())
	}
	fmt.Printf("  Unwrap once: %v\n", errors.Unwrap(err))
}

func main() {
	for _, k := range []string{"ok", "missing", "secret", "slow", "multi", "opaque"} {
		inspect(k)
	}

	joined := errors.Join(ErrPermission, nil, lookup("missing"))
	fmt.Printf("joined (%T):\n%v\n", joined, joined)
	fmt.Println("joined Is NotFound:", errors.Is(joined, ErrNotFound))
	fmt.Println("joined Unwrap:", errors.Unwrap(joined))
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		for i, e := range u.Unwrap() {
			fmt.Printf("  part %d: %v\n", i, e)
		}
	}
	fmt.Println("Join of nils is nil:", errors.Join(nil, nil) == nil)

	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrTemporary))
	depth := 0
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  depth %d: %s\n", depth, e)
		depth++
	}
	fmt.Println("same message, different errors:", errors.New("x") == errors.New("x"))
}
