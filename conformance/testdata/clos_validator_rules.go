package main

import (
	"errors"
	"fmt"
	"strings"
)

type User struct {
	Name  string
	Email string
	Age   int
	Roles []string
}

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

type Rule struct {
	Field string
	Check func(User) error
}

type Validator struct {
	rules []Rule
}

func (v *Validator) Add(field string, check func(User) error) {
	v.rules = append(v.rules, Rule{field, check})
}

func (v *Validator) Validate(u User) error {
	var errs []error
	for _, r := range v.rules {
		if err := r.Check(u); err != nil {
			errs = append(errs, &FieldError{r.Field, err.Error()})
		}
	}
	return errors.Join(errs...)
}

func minLen(get func(User) string, n int) func(User) error {
	return func(u User) error {
		if s := get(u); len(s) < n {
			return fmt.Errorf("length %d is shorter than %d", len(s), n)
		}
		return nil
	}
}

func between(lo, hi int) func(User) error {
	return func(u User) error {
		if u.Age < lo || u.Age > hi {
			return fmt.Errorf("%d not in [%d, %d]", u.Age, lo, hi)
		}
		return nil
	}
}

func main() {
	var v Validator
	v.Add("name", minLen(func(u User) string { return u.Name }, 2))
	v.Add("email", func(u User) error {
		local, domain, ok := strings.Cut(u.Email, "@")
		if !ok || local == "" || !strings.Contains(domain, ".") {
			return fmt.Errorf("%q is not a valid address", u.Email)
		}
		return nil
	})
	v.Add("age", between(13, 120))

	allowed := map[string]bool{"admin": true, "editor": true, "viewer": true}
	v.Add("roles", func(u User) error {
		for i, r := range u.Roles {
			if !allowed[r] {
				return fmt.Errorf("role[%d] %q unknown", i, r)
			}
		}
		return nil
	})

	users := []User{
		{"Ann", "ann@example.com", 34, []string{"admin"}},
		{"B", "bob-at-example", 9, nil},
		{"Cy", "cy@local", 40, []string{"viewer", "root"}},
		{"Dee", "dee@example.org", 130, []string{"editor"}},
	}

	fieldCounts := map[string]int{}
	for _, u := range users {
		err := v.Validate(u)
		if err == nil {
			fmt.Printf("%-4s valid\n", u.Name)
			continue
		}
		fmt.Printf("%-4s invalid:\n", u.Name)
		// errors.Join results implement Unwrap() []error
		if multi, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range multi.Unwrap() {
				var fe *FieldError
				if errors.As(e, &fe) {
					fieldCounts[fe.Field]++
				}
				fmt.Printf("     - %v\n", e)
			}
		}
	}

	fmt.Println("failures by field:")
	for _, r := range v.rules {
		if n, ok := fieldCounts[r.Field]; ok {
			fmt.Printf("  %-6s %d\n", r.Field, n)
		}
	}
}
