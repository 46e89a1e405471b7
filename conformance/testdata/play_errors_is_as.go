package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempError struct{ Code int }

func (t TempError) Error() string   { return fmt.Sprintf("temporary failure code=%d", t.Code) }
func (t TempError) Temporary() bool { return true }

// Is lets a TempError match any TempError with code 0 as a wildcard.
func (t TempError) Is(target error) bool {
	o, ok := target.(TempError)
	return ok && (o.Code == 0 || o.Code == t.Code)
}

func lookup(key string) error {
	switch key {
	case "missing":
		return &QueryError{key, ErrNotFound}
	case "secret":
		return fmt.Errorf("lookup %s: %w", key, &QueryError{key, ErrPermission})
	case "flaky":
		return fmt.Errorf("lookup: %w", TempError{503})
	case "both":
		return errors.Join(ErrNotFound, TempError{429})
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "secret", "flaky", "both"} {
		err := lookup(k)
		fmt.Printf("== %s ==\n", k)
		if err == nil {
			fmt.Println("no error")
			continue
		}
		fmt.Println("error:", err)
		fmt.Println("  Is NotFound:", errors.Is(err, ErrNotFound))
		fmt.Println("  Is Permission:", errors.Is(err, ErrPermission))
		fmt.Println("  Is any TempError:", errors.Is(err, TempError{}))
		fmt.Println("  Is TempError{503}:", errors.Is(err, TempError{503}))

		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Printf("  As *QueryError: query=%q inner=%v\n", qe.Query, qe.Err)
		}
		var te TempError
		if errors.As(err, &te) {
			fmt.Println("  As TempError: code", te.Code)
		}
		var tmp interface{ Temporary() bool }
		if errors.As(err, &tmp) {
			fmt.Println("  As interface Temporary:", tmp.Temporary())
		}
	}

	fmt.Println("== unwrap chain ==")
	err := lookup("secret")
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}

	fmt.Println("== misc ==")
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", fs.ErrNotExist))
	fmt.Println(wrapped, "| Is ErrNotExist:", errors.Is(wrapped, fs.ErrNotExist))
	two := fmt.Errorf("a=%w b=%w", ErrNotFound, ErrPermission)
	fmt.Println(two, errors.Is(two, ErrPermission), errors.Unwrap(two) == nil)
	fmt.Println("equality of new errors:", errors.New("x") == errors.New("x"))
	_, perr := strconv.Atoi("12a")
	var numErr *strconv.NumError
	fmt.Println("Atoi:", perr, errors.As(perr, &numErr), numErr.Func, errors.Is(perr, strconv.ErrSyntax))
}
