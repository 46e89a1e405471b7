package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code int
	Msg  string
}

func (e *StatusError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

// Is matches any StatusError target with the same code, or a class target
// (Code%100 == 0 and Msg == "") covering the whole hundred range.
func (e *StatusError) Is(target error) bool {
	t, ok := target.(*StatusError)
	if !ok {
		return false
	}
	if t.Msg == "" && t.Code%100 == 0 {
		return e.Code/100 == t.Code/100
	}
	return e.Code == t.Code
}

var (
	ErrNotFound    = &StatusError{Code: 404, Msg: "not found"}
	ErrClientClass = &StatusError{Code: 400}
	ErrServerClass = &StatusError{Code: 500}
	ErrOther       = errors.New("other")
)

func fetch(code int) error {
	if code == 200 {
		return nil
	}
	return fmt.Errorf("fetch /item: %w", &StatusError{Code: code, Msg: "from server"})
}

func main() {
	codes := []int{200, 404, 403, 503}
	for _, c := range codes {
		err := fetch(c)
		fmt.Printf("%d: err=%v\n", c, err)
		fmt.Printf("     notFound=%v client=%v server=%v other=%v\n",
			errors.Is(err, ErrNotFound),
			errors.Is(err, ErrClientClass),
			errors.Is(err, ErrServerClass),
			errors.Is(err, ErrOther))
	}

	// identity vs Is: distinct pointers with same code
	a := &StatusError{Code: 404, Msg: "a"}
	b := &StatusError{Code: 404, Msg: "b"}
	fmt.Println("a == b:", a == b, "errors.Is(a, b):", errors.Is(a, b))

	// Is is consulted on every link in the chain
	deep := fmt.Errorf("l1: %w", fmt.Errorf("l2: %w", a))
	fmt.Println(deep, "->", errors.Is(deep, ErrNotFound))

	// As extracts the concrete value
	var se *StatusError
	if errors.As(deep, &se) {
		fmt.Println("as:", se.Code, se.Msg)
	}
}
