// Go by Example: Errors and Custom Errors
package main

import (
	"errors"
	"fmt"
)

// Sentinel errors signify a specific error condition.
var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		// We can wrap errors with higher-level errors to add context.
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

// A custom error type usually has the suffix "Error".
type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

func g(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, errors.New("empty name"))
	}
	if age < 0 {
		errs = append(errs, &argError{age, "negative age"})
	}
	return errors.Join(errs...)
}

func main() {
	for _, i := range []int{7, 42} {
		if r, e := g(i); e != nil {
			fmt.Println("g failed:", e)
		} else {
			fmt.Println("g worked:", r)
		}
	}

	for i := range 5 {
		if err := makeTea(i); err != nil {
			// errors.Is also looks through the wrapped chain.
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}

	_, err := g(42)
	// errors.As is a more advanced version of errors.Is.
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg, ae.message)
	}

	wrapped := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", err))
	fmt.Println(wrapped)
	fmt.Println(errors.As(wrapped, &ae), errors.Unwrap(errors.Unwrap(wrapped)) == err)

	joined := validate("", -3)
	fmt.Println(joined)
	fmt.Println(errors.As(joined, &ae), ae.arg)
	fmt.Println(validate("bob", 30) == nil)
}
