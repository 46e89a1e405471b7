package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"unicode"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	parts := make([]string, len(v))
	for i, fe := range v {
		parts[i] = fe.Error()
	}
	return fmt.Sprintf("%d validation error(s): %s", len(v), strings.Join(parts, "; "))
}

type validator struct{ errs ValidationErrors }

func (v *validator) check(ok bool, field, format string, args ...any) {
	if !ok {
		v.errs = append(v.errs, FieldError{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
}

func (v *validator) err() error {
	if len(v.errs) == 0 {
		return nil
	}
	return v.errs
}

type SignupRequest struct {
	Username string
	Email    string
	Password string
	Age      int
	Tags     []string
}

func isSlug(s string) bool {
	for _, r := range s {
		if !(unicode.IsLower(r) || unicode.IsDigit(r) || r == '_') {
			return false
		}
	}
	return true
}

func (r SignupRequest) Validate() error {
	v := &validator{}
	v.check(r.Username != "", "username", "is required")
	v.check(len(r.Username) <= 16, "username", "must be at most 16 chars (got %d)", len(r.Username))
	v.check(isSlug(r.Username), "username", "may only contain a-z, 0-9 and _")
	_, err := mail.ParseAddress(r.Email)
	v.check(err == nil, "email", "is not a valid address")
	v.check(len(r.Password) >= 8, "password", "must be at least 8 chars")
	v.check(strings.ContainsAny(r.Password, "0123456789"), "password", "must contain a digit")
	v.check(r.Age >= 13 && r.Age <= 130, "age", "must be between 13 and 130 (got %d)", r.Age)
	v.check(len(r.Tags) <= 3, "tags", "at most 3 allowed")
	seen := map[string]bool{}
	for i, t := range r.Tags {
		v.check(!seen[t], fmt.Sprintf("tags[%d]", i), "duplicate tag %q", t)
		seen[t] = true
	}
	return v.err()
}

func main() {
	reqs := []SignupRequest{
		{Username: "alice_01", Email: "alice@example.com", Password: "s3cretpass", Age: 30, Tags: []string{"go"}},
		{Username: "", Email: "nope", Password: "short", Age: 7},
		{Username: "Bob Smith The Third", Email: "bob@example.org", Password: "longpassword", Age: 45,
			Tags: []string{"a", "b", "a", "c"}},
		{Username: "carol", Email: "Carol <carol@example.net>", Password: "pa55word", Age: 131},
	}

	for i, r := range reqs {
		err := r.Validate()
		if err == nil {
			fmt.Printf("request %d: ok (%s)\n", i, r.Username)
			continue
		}
		fmt.Printf("request %d: %v\n", i, err)

		var verrs ValidationErrors
		if errors.As(err, &verrs) {
			byField := map[string]int{}
			for _, fe := range verrs {
				byField[strings.SplitN(fe.Field, "[", 2)[0]]++
				fmt.Printf("    - %-9s %s\n", fe.Field, fe.Msg)
			}
			fmt.Printf("    fields: username=%d email=%d password=%d age=%d tags=%d\n",
				byField["username"], byField["email"], byField["password"], byField["age"], byField["tags"])
		}
	}
}
