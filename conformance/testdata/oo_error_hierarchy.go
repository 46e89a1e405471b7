package main

import (
	"errors"
	"fmt"
	"io/fs"
)

// Sentinel errors.
var (
	ErrValidation = errors.New("validation failed")
	ErrConflict   = errors.New("conflict")
)

// FieldError is a typed error carrying detail.
type FieldError struct {
	Field, Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

// Is makes every FieldError match ErrValidation.
func (e *FieldError) Is(target error) bool { return target == ErrValidation }

// HTTPError wraps a cause and carries a status code.
type HTTPError struct {
	Code  int
	Cause error
}

func (e HTTPError) Error() string { return fmt.Sprintf("http %d: %v", e.Code, e.Cause) }
func (e HTTPError) Unwrap() error { return e.Cause }

type TempError interface {
	error
	Temporary() bool
}

type timeoutErr struct{ op string }

func (t timeoutErr) Error() string   { return t.op + " timed out" }
func (t timeoutErr) Temporary() bool { return true }

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, &FieldError{"name", "required"})
	}
	if age < 0 || age > 150 {
		errs = append(errs, &FieldError{"age", fmt.Sprintf("%d out of range", age)})
	}
	return errors.Join(errs...)
}

func handle(req int) error {
	switch req {
	case 1:
		return nil
	case 2:
		return HTTPError{400, fmt.Errorf("decode body: %w", validate("", 200))}
	case 3:
		return HTTPError{409, fmt.Errorf("user %q: %w", "bob", ErrConflict)}
	case 4:
		return fmt.Errorf("upstream: %w", HTTPError{504, timeoutErr{"fetch profile"}})
	case 5:
		return fmt.Errorf("config: %w", fs.ErrNotExist)
	}
	return fmt.Errorf("request %d: unsupported", req)
}

func main() {
	for req := 1; req <= 6; req++ {
		err := handle(req)
		fmt.Printf("req %d: %v\n", req, err)
		if err == nil {
			continue
		}
		var he HTTPError
		if errors.As(err, &he) {
			fmt.Printf("   status=%d\n", he.Code)
		}
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("   first bad field=%s (%s)\n", fe.Field, fe.Reason)
		}
		var te TempError
		if errors.As(err, &te) {
			fmt.Printf("   temporary=%v\n", te.Temporary())
		}
		fmt.Printf("   validation=%v conflict=%v notexist=%v\n",
			errors.Is(err, ErrValidation), errors.Is(err, ErrConflict), errors.Is(err, fs.ErrNotExist))
	}

	fmt.Println("--- unwrapping chain of req 4")
	for e := handle(4); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}

	fmt.Println("--- joined errors")
	joined := validate("", -1)
	fmt.Printf("%q\n", joined.Error())
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		for i, e := range u.Unwrap() {
			fmt.Printf("  [%d] %v\n", i, e)
		}
	}
	fmt.Println("valid input error is nil:", validate("ann", 30) == nil)
	fmt.Printf("%+v\n", &FieldError{"email", "malformed"})
}
