package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type User struct {
	ID   int
	Name string
	Age  int
}

var users = map[int]User{1: {1, "ada", 36}, 2: {2, "bob", -4}}

func findUser(id int) (User, error) {
	u, ok := users[id]
	if !ok {
		return User{}, fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func validate(u User) error {
	if u.Age < 0 {
		return &ValidationError{"age", u.Age}
	}
	return nil
}

func loadAndValidate(id int) error {
	u, err := findUser(id)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	if err := validate(u); err != nil {
		return fmt.Errorf("load %s: %w", u.Name, err)
	}
	return nil
}

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parseAge: %w", err)
	}
	return n, nil
}

func main() {
	// Step 1: a nil error means success
	err := loadAndValidate(1)
	fmt.Println("step 1:", err, err == nil)

	// Step 2: wrapped sentinel errors
	err = loadAndValidate(7)
	fmt.Println("step 2:", err)
	fmt.Println("step 3: Is NotFound:", errors.Is(err, ErrNotFound), "Is Permission:", errors.Is(err, ErrPermission))

	// Step 4: == fails on wrapped errors
	fmt.Println("step 4:", err == ErrNotFound)

	// Step 5: Unwrap one layer at a time
	for e, depth := err, 0; e != nil; e, depth = errors.Unwrap(e), depth+1 {
		fmt.Printf("step 5: depth %d: %v\n", depth, e)
	}

	// Step 6: errors.As extracts a typed error
	err = loadAndValidate(2)
	fmt.Println("step 6:", err)
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("step 7: field", ve.Field, "value", ve.Value)
	}

	// Step 8: errors.AsType (Go 1.26) does the same with generics
	if ve2, ok := errors.AsType[*ValidationError](err); ok {
		fmt.Println("step 8:", ve2.Field)
	}

	// Step 9: wrapping errors from the standard library
	_, err = parseAge("forty")
	fmt.Println("step 9:", err)
	var numErr *strconv.NumError
	fmt.Println("step 10:", errors.As(err, &numErr), errors.Is(err, strconv.ErrSyntax))

	// Step 11: joining several errors
	joined := errors.Join(ErrNotFound, nil, ErrPermission)
	fmt.Printf("step 11: %q\n", joined.Error())
	fmt.Println("step 12:", errors.Is(joined, ErrPermission), errors.Join(nil, nil) == nil)

	// Step 13: wrapping two errors with %w twice
	both := fmt.Errorf("sync failed: %w; also %w", ErrPermission, fs.ErrNotExist)
	fmt.Println("step 13:", both)
	fmt.Println("step 14:", errors.Is(both, fs.ErrNotExist), errors.Unwrap(both) == nil)

	// Step 15: %v instead of %w breaks the chain
	flat := fmt.Errorf("flattened: %v", ErrNotFound)
	fmt.Println("step 15:", flat, errors.Is(flat, ErrNotFound))

	// Step 16: handling errors in a loop, collecting messages
	var problems []string
	for _, id := range []int{1, 2, 3} {
		if err := loadAndValidate(id); err != nil {
			problems = append(problems, err.Error())
		}
	}
	for i, p := range problems {
		fmt.Printf("step 16: problem %d: %s\n", i+1, p)
	}

	// Step 17: a typed nil pointer in an error interface is not nil
	var nilVE *ValidationError
	var asErr error = nilVE
	fmt.Println("step 17:", nilVE == nil, asErr == nil)
}
