package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// FieldError is a structured validation error for one field.
type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

// NotFoundError is a value-receiver error type.
type NotFoundError struct{ ID int }

func (e NotFoundError) Error() string { return fmt.Sprintf("user %d not found", e.ID) }

var ErrReadOnly = errors.New("store is read-only")

type User struct {
	ID    int
	Name  string
	Email string
	Age   int
}

func validate(u User) error {
	var errs []error
	if strings.TrimSpace(u.Name) == "" {
		errs = append(errs, &FieldError{"name", "must not be empty"})
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, &FieldError{"email", fmt.Sprintf("%q is not an address", u.Email)})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, &FieldError{"age", fmt.Sprintf("%d out of range", u.Age)})
	}
	return errors.Join(errs...)
}

func lookup(id int) (User, error) {
	users := map[int]User{1: {1, "Ada", "ada@example.com", 36}}
	if u, ok := users[id]; ok {
		return u, nil
	}
	return User{}, fmt.Errorf("lookup: %w", NotFoundError{id})
}

func save(u User, readOnly bool) error {
	verr := validate(u)
	if readOnly {
		return fmt.Errorf("save %d: %w", u.ID, errors.Join(verr, ErrReadOnly))
	}
	if verr != nil {
		return fmt.Errorf("save %d: %w", u.ID, verr)
	}
	return nil
}

func describe(err error) {
	if err == nil {
		fmt.Println("  ok")
		return
	}
	fmt.Printf("  error:\n    %s\n", strings.ReplaceAll(err.Error(), "\n", "\n    "))
	var fe *FieldError
	if errors.As(err, &fe) {
		fmt.Printf("  first field error: %+v\n", *fe)
	}
	var nf NotFoundError
	if errors.As(err, &nf) {
		fmt.Printf("  not found id=%d\n", nf.ID)
	}
	fmt.Println("  read-only:", errors.Is(err, ErrReadOnly), "fs.ErrNotExist:", errors.Is(err, fs.ErrNotExist))
}

func main() {
	cases := []struct {
		name     string
		user     User
		readOnly bool
	}{
		{"valid", User{2, "Grace", "grace@example.com", 45}, false},
		{"bad email", User{3, "Linus", "linus", 30}, false},
		{"everything wrong", User{4, " ", "nobody", 200}, false},
		{"read-only", User{5, "Ken", "ken@example.com", 70}, true},
	}
	for _, c := range cases {
		fmt.Println(c.name + ":")
		describe(save(c.user, c.readOnly))
	}

	fmt.Println("lookup:")
	for _, id := range []int{1, 42} {
		u, err := lookup(id)
		if err != nil {
			describe(err)
			continue
		}
		fmt.Printf("  found %+v\n", u)
	}

	joined := errors.Join(nil, nil)
	fmt.Println("join of nils is nil:", joined == nil)
	wrapped := fmt.Errorf("outer: %w + %w", ErrReadOnly, NotFoundError{7})
	fmt.Println(wrapped, errors.Is(wrapped, ErrReadOnly), errors.Unwrap(wrapped) == nil)
	if u, ok := wrapped.(interface{ Unwrap() []error }); ok {
		fmt.Println("unwrapped into", len(u.Unwrap()), "errors:", u.Unwrap())
	}
}
