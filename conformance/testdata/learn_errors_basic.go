package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty name")
var ErrTooLong = errors.New("name too long")

type AgeError struct {
	Age int
}

func (e AgeError) Error() string {
	return fmt.Sprintf("bad age %d", e.Age)
}

func checkName(name string) error {
	if name == "" {
		return ErrEmpty
	}
	if len(name) > 8 {
		return ErrTooLong
	}
	return nil
}

func checkAge(age int) error {
	if age < 0 || age > 150 {
		return AgeError{age}
	}
	return nil
}

func register(name string, age int) error {
	if err := checkName(name); err != nil {
		return fmt.Errorf("register %q: %w", name, err)
	}
	if err := checkAge(age); err != nil {
		return fmt.Errorf("register %q: %w", name, err)
	}
	fmt.Println("registered", name, age)
	return nil
}

func main() {
	people := []struct {
		name string
		age  int
	}{
		{"ann", 30}, {"", 20}, {"bartholomew", 40}, {"cy", -4}, {"dee", 200},
	}
	failures := 0
	for _, p := range people {
		err := register(p.name, p.age)
		if err != nil {
			failures++
			fmt.Println("error:", err)
			fmt.Println("  is empty?", errors.Is(err, ErrEmpty), "too long?", errors.Is(err, ErrTooLong))
			var ae AgeError
			if errors.As(err, &ae) {
				fmt.Println("  age was", ae.Age)
			}
			fmt.Println("  unwrapped:", errors.Unwrap(err))
		}
	}
	fmt.Println("failures:", failures)
	var e error
	fmt.Println("nil error:", e == nil, e)
	joined := errors.Join(ErrEmpty, ErrTooLong)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrTooLong))
}
