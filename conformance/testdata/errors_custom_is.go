package main

import (
	"errors"
	"fmt"
)

type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

var AnyStatus = StatusError{}

func main() {
	err := fmt.Errorf("fetch: %w", StatusError{404})
	fmt.Println(errors.Is(err, StatusError{404}))
	fmt.Println(errors.Is(err, StatusError{500}))
	fmt.Println(errors.Is(err, AnyStatus))
}
