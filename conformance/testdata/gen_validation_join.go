package main

import (
	"errors"
	"fmt"
	"strings"
)

type Validator interface {
	Validate() error
}

type FieldError struct {
	Field  string
	Reason string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Reason }

var ErrRequired = errors.New("required")

type Address struct {
	Street string
	Zip    string
}

func (a Address) Validate() error {
	var errs []error
	if a.Street == "" {
		errs = append(errs, fmt.Errorf("street: %w", ErrRequired))
	}
	if len(a.Zip) != 5 {
		errs = append(errs, FieldError{"zip", fmt.Sprintf("want 5 digits, got %q", a.Zip)})
	}
	return errors.Join(errs...)
}

type User struct {
	Name    string
	Email   string
	Age     int
	Address Address
}

func (u User) Validate() error {
	var errs []error
	if u.Name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, FieldError{"email", "missing @"})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, FieldError{"age", fmt.Sprintf("%d out of range", u.Age)})
	}
	if err := u.Address.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("address: %w", err))
	}
	return errors.Join(errs...)
}

func ValidateAll(vs ...Validator) map[int]error {
	out := map[int]error{}
	for i, v := range vs {
		if err := v.Validate(); err != nil {
			out[i] = err
		}
	}
	return out
}

func main() {
	users := []Validator{
		User{Name: "Ann", Email: "ann@example.com", Age: 30, Address: Address{"Main St 1", "12345"}},
		User{Email: "bob.example.com", Age: 200, Address: Address{"", "12"}},
		Address{Street: "Side Rd", Zip: "999"},
		User{Name: "Cy", Email: "cy@x", Age: -1, Address: Address{"Elm", "54321"}},
	}
	results := ValidateAll(users...)
	for i, v := range users {
		err, bad := results[i]
		fmt.Printf("#%d %T valid=%t\n", i, v, !bad)
		if !bad {
			continue
		}
		fmt.Printf("errors:\n%v\n", err)
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Printf("first field error: %+v (field=%q reason=%q)\n", fe, fe.Field, fe.Reason)
		}
		fmt.Println("has required:", errors.Is(err, ErrRequired))
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("joined count:", len(j.Unwrap()))
		}
	}
	fmt.Println("invalid count:", len(results))
}
