package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

var ErrRequired = errors.New("required")

type Rule[T any] func(T) error

func Validate[T any](v T, rules ...Rule[T]) error {
	var errs []error
	for _, r := range rules {
		if err := r(v); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func Field[T, F any](name string, get func(T) F, checks ...func(F) error) Rule[T] {
	return func(v T) error {
		var errs []error
		for _, c := range checks {
			if err := c(get(v)); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", name, err))
			}
		}
		return errors.Join(errs...)
	}
}

func NotEmpty(s string) error {
	if strings.TrimSpace(s) == "" {
		return ErrRequired
	}
	return nil
}

func MaxLen(n int) func(string) error {
	return func(s string) error {
		if len(s) > n {
			return fmt.Errorf("longer than %d", n)
		}
		return nil
	}
}

func InRange[N int | float64](lo, hi N) func(N) error {
	return func(v N) error {
		if v < lo || v > hi {
			return fmt.Errorf("%v not in [%v, %v]", v, lo, hi)
		}
		return nil
	}
}

type User struct {
	Name  string
	Email string
	Age   int
}

var userRules = []Rule[User]{
	Field("name", func(u User) string { return u.Name }, NotEmpty, MaxLen(8)),
	Field("age", func(u User) int { return u.Age }, InRange(0, 130)),
	func(u User) error {
		if u.Email != "" && !strings.Contains(u.Email, "@") {
			return &FieldError{"email", "missing @"}
		}
		return nil
	},
}

func main() {
	users := []User{
		{"alice", "alice@example.com", 30},
		{"", "bob-at-example", 200},
		{"christopher", "", -1},
	}
	for i, u := range users {
		err := Validate(u, userRules...)
		if err == nil {
			fmt.Printf("user %d ok\n", i)
			continue
		}
		fmt.Printf("user %d invalid:\n", i)
		for line := range strings.Lines(err.Error()) {
			fmt.Println("  -", strings.TrimSuffix(line, "\n"))
		}
		var fe *FieldError
		fmt.Printf("  required? %v  field error? %v", errors.Is(err, ErrRequired), errors.As(err, &fe))
		if fe != nil {
			fmt.Printf(" (%s)", fe.Field)
		}
		fmt.Println()
	}

	fmt.Println("join of nils is nil:", errors.Join(nil, nil) == nil)
	e1 := errors.New("disk full")
	e2 := fmt.Errorf("write log: %w", e1)
	joined := errors.Join(e2, nil, errors.New("retry later"))
	fmt.Printf("%q\n", joined.Error())
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		fmt.Println("unwrapped count:", len(u.Unwrap()))
	}
	fmt.Println("is disk full:", errors.Is(joined, e1))
	multi := fmt.Errorf("batch failed: %w; also %w", ErrRequired, e1)
	fmt.Println(multi, errors.Is(multi, e1), errors.Is(multi, ErrRequired))
}
