package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string { return fmt.Sprintf("invalid %s (%d)", e.Field, e.Code) }

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", 42}
	}
	return nil
}

func main() {
	err := fmt.Errorf("request: %w", validate(-1))
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("field:", ve.Field, "code:", ve.Code)
	}
	fmt.Println(err)
	var other *ValidationError
	fmt.Println(errors.As(errors.New("plain"), &other), other == nil)
}
