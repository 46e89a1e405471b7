package main

import (
	"errors"
	"fmt"
	"strings"
)

// FieldError describes one invalid field.
type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

var ErrInvalid = errors.New("validation failed")

// Rule checks a value of type T.
type Rule[T any] func(T) error

func NotEmpty(field string) Rule[string] {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return &FieldError{field, "must not be empty"}
		}
		return nil
	}
}

func Between[T int | float64](field string, lo, hi T) Rule[T] {
	return func(v T) error {
		if v < lo || v > hi {
			return &FieldError{field, fmt.Sprintf("%v not in [%v, %v]", v, lo, hi)}
		}
		return nil
	}
}

// Field lifts a rule on a part of S into a rule on S.
func Field[S, F any](get func(S) F, rules ...Rule[F]) Rule[S] {
	return func(s S) error {
		var errs []error
		for _, r := range rules {
			if err := r(get(s)); err != nil {
				errs = append(errs, err)
			}
		}
		return errors.Join(errs...)
	}
}

// Validate runs every rule and returns the value only if all pass.
func Validate[T any](v T, rules ...Rule[T]) (T, error) {
	var errs []error
	for _, r := range rules {
		if err := r(v); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		var zero T
		return zero, fmt.Errorf("%w: %w", ErrInvalid, errors.Join(errs...))
	}
	return v, nil
}

type Signup struct {
	Email string
	Age   int
	Score float64
}

var signupRules = []Rule[Signup]{
	Field(func(s Signup) string { return s.Email }, NotEmpty("email"), func(e string) error {
		if e != "" && !strings.Contains(e, "@") {
			return &FieldError{"email", fmt.Sprintf("%q lacks @", e)}
		}
		return nil
	}),
	Field(func(s Signup) int { return s.Age }, Between("age", 13, 120)),
	Field(func(s Signup) float64 { return s.Score }, Between("score", 0.0, 1.0)),
}

func NewSignup(email string, age int, score float64) (Signup, error) {
	return Validate(Signup{email, age, score}, signupRules...)
}

func main() {
	inputs := []Signup{
		{"ann@example.com", 30, 0.9},
		{"bob.example.com", 10, 0.5},
		{"", 200, 1.5},
	}
	for _, in := range inputs {
		s, err := NewSignup(in.Email, in.Age, in.Score)
		if err == nil {
			fmt.Printf("ok: %+v\n", s)
			continue
		}
		fmt.Printf("rejected %q (invalid=%v):\n", in.Email, errors.Is(err, ErrInvalid))
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("   ", line)
		}
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("    first field error: %+v\n", *fe)
		}
	}

	n, err := Validate(5, Between("n", 1, 3), Between("n", 0, 10))
	fmt.Println("n:", n, "err:", err)
	word, err := Validate("gopher", NotEmpty("word"))
	fmt.Printf("word: %q err=%v\n", word, err)
	fmt.Printf("%T\n", signupRules)
}
