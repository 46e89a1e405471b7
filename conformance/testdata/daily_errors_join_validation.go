package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
)

var ErrRequired = errors.New("required")

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

type Signup struct {
	Username string
	Email    string
	Password string
	Age      int
}

func (s Signup) Validate() error {
	var errs []error
	if s.Username == "" {
		errs = append(errs, &FieldError{"username", ErrRequired})
	} else if len(s.Username) < 3 {
		errs = append(errs, &FieldError{"username", fmt.Errorf("too short (%d < 3)", len(s.Username))})
	}
	if s.Email == "" {
		errs = append(errs, &FieldError{"email", ErrRequired})
	} else if _, err := mail.ParseAddress(s.Email); err != nil {
		errs = append(errs, &FieldError{"email", errors.New("invalid address")})
	}
	if len(s.Password) < 8 {
		errs = append(errs, &FieldError{"password", errors.New("must be at least 8 characters")})
	}
	if s.Age < 13 || s.Age > 130 {
		errs = append(errs, &FieldError{"age", fmt.Errorf("out of range: %d", s.Age)})
	}
	return errors.Join(errs...)
}

func main() {
	inputs := []Signup{
		{"gopher", "gopher@example.com", "correct-horse", 25},
		{"", "", "short", 5},
		{"al", "not-an-email", "longenough", 200},
	}
	for i, in := range inputs {
		err := in.Validate()
		if err == nil {
			fmt.Printf("#%d valid\n", i)
			continue
		}
		fmt.Printf("#%d invalid (required missing: %t)\n", i, errors.Is(err, ErrRequired))
		fmt.Println("  " + strings.ReplaceAll(err.Error(), "\n", "\n  "))
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			var fields []string
			for _, e := range j.Unwrap() {
				var fe *FieldError
				if errors.As(e, &fe) {
					fields = append(fields, fe.Field)
				}
			}
			fmt.Printf("  fields=%v count=%d\n", fields, len(j.Unwrap()))
		}
		var first *FieldError
		if errors.As(err, &first) {
			fmt.Println("  first field:", first.Field)
		}
	}
	fmt.Println("join of nils:", errors.Join(nil, nil) == nil)
}
