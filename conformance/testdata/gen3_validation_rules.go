package main

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
)

type Rule[T any] func(T) error

func MinLen(n int) Rule[string] {
	return func(s string) error {
		if len(s) < n {
			return fmt.Errorf("length %d < %d", len(s), n)
		}
		return nil
	}
}

func InRange[T cmp.Ordered](lo, hi T) Rule[T] {
	return func(v T) error {
		if v < lo || v > hi {
			return fmt.Errorf("%v not in [%v, %v]", v, lo, hi)
		}
		return nil
	}
}

func NotZero[T comparable]() Rule[T] {
	return func(v T) error {
		var zero T
		if v == zero {
			return errors.New("required")
		}
		return nil
	}
}

func OneOf[T comparable](allowed ...T) Rule[T] {
	return func(v T) error {
		for _, a := range allowed {
			if v == a {
				return nil
			}
		}
		return fmt.Errorf("%v not one of %v", v, allowed)
	}
}

type FieldError struct {
	Field string
	Err   error
}

func (e FieldError) Error() string { return e.Field + ": " + e.Err.Error() }

func Field[S, F any](name string, get func(S) F, rules ...Rule[F]) Rule[S] {
	return func(s S) error {
		var errs []error
		for _, r := range rules {
			if err := r(get(s)); err != nil {
				errs = append(errs, FieldError{name, err})
			}
		}
		return errors.Join(errs...)
	}
}

type Validator[T any] struct{ rules []Rule[T] }

func (v *Validator[T]) Add(r ...Rule[T]) *Validator[T] {
	v.rules = append(v.rules, r...)
	return v
}

func (v *Validator[T]) Validate(x T) []error {
	var out []error
	for _, r := range v.rules {
		if err := r(x); err != nil {
			out = append(out, err)
		}
	}
	return out
}

type Signup struct {
	Email string
	Age   int
	Plan  string
	Score float64
}

func main() {
	var v Validator[Signup]
	v.Add(
		Field("email", func(s Signup) string { return s.Email }, NotZero[string](), MinLen(6)),
		Field("age", func(s Signup) int { return s.Age }, InRange(13, 120)),
		Field("plan", func(s Signup) string { return s.Plan }, OneOf("free", "pro", "team")),
		Field("score", func(s Signup) float64 { return s.Score }, InRange(0.0, 1.0)),
	)
	v.Add(func(s Signup) error {
		if s.Plan == "team" && !strings.HasSuffix(s.Email, ".org") {
			return errors.New("team plan requires an .org address")
		}
		return nil
	})

	inputs := []Signup{
		{"ann@example.com", 34, "pro", 0.8},
		{"", 9, "gold", 1.5},
		{"bo@x.io", 44, "team", 0.1},
		{"cy@y.org", 200, "team", 0},
	}
	for i, in := range inputs {
		errs := v.Validate(in)
		fmt.Printf("#%d %+v valid=%t\n", i, in, len(errs) == 0)
		for _, err := range errs {
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("   -", line)
			}
			var fe FieldError
			if errors.As(err, &fe) {
				fmt.Printf("     first field error: %T on %q\n", fe, fe.Field)
			}
		}
	}
	fmt.Printf("%T with %d rules\n", v, len(v.rules))
}
