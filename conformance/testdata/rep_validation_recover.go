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

func (e FieldError) Error() string { return e.Field + ": " + e.Reason }

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	parts := make([]string, len(v))
	for i, e := range v {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d validation error(s): %s", len(v), strings.Join(parts, "; "))
}

type Vendor struct {
	Name    string
	TaxID   string
	Email   string
	Terms   int
	Ratings []int
}

// must panics with a FieldError; validate recovers and collects them.
func must(cond bool, field, reason string) {
	if !cond {
		panic(FieldError{field, reason})
	}
}

func check(errs *ValidationErrors, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			fe, ok := r.(FieldError)
			if !ok {
				panic(r) // not ours: re-panic
			}
			*errs = append(*errs, fe)
		}
	}()
	fn()
}

func validate(v Vendor) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("validator crashed: %v", r)
		}
	}()
	var errs ValidationErrors
	check(&errs, func() { must(strings.TrimSpace(v.Name) != "", "name", "required") })
	check(&errs, func() {
		must(len(v.TaxID) == 10, "tax_id", "must be 10 characters")
		must(strings.HasPrefix(v.TaxID, "TX"), "tax_id", "must start with TX")
	})
	check(&errs, func() {
		at := strings.IndexByte(v.Email, '@')
		must(at > 0 && at < len(v.Email)-1, "email", "malformed")
	})
	check(&errs, func() {
		must(v.Terms == 15 || v.Terms == 30 || v.Terms == 60, "terms", fmt.Sprintf("%d not allowed", v.Terms))
	})
	check(&errs, func() {
		// an honest bug: no guard against an empty Ratings slice
		first := v.Ratings[0]
		must(first >= 1 && first <= 5, "ratings", "first rating out of range")
	})
	if len(errs) > 0 {
		return errs
	}
	return nil
}

func main() {
	vendors := []Vendor{
		{"Paper & Co", "TX12345678", "billing@paper.example", 30, []int{4, 5}},
		{"", "TX1", "nobody", 45, []int{3}},
		{"Ink Barn", "AB12345678", "ap@inkbarn.example", 60, []int{9}},
		{"Ghost Supplies", "TX00000000", "ghost@", 15, nil},
	}
	for _, v := range vendors {
		name := v.Name
		if name == "" {
			name = "<unnamed>"
		}
		err := validate(v)
		fmt.Printf("%-15s ", name)
		var verrs ValidationErrors
		switch {
		case err == nil:
			fmt.Println("valid")
		case errors.As(err, &verrs):
			fmt.Println("invalid")
			for _, fe := range verrs {
				fmt.Printf("    - %-8s %s\n", fe.Field, fe.Reason)
			}
		default:
			fmt.Println("ERROR:", err)
		}
	}
}
