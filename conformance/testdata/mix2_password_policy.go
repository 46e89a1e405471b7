package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Rule interface {
	Check(pw string) error
}

type RuleFunc func(string) error

func (f RuleFunc) Check(pw string) error { return f(pw) }

type MinLength int

func (m MinLength) Check(pw string) error {
	if n := len([]rune(pw)); n < int(m) {
		return fmt.Errorf("too short: %d < %d runes", n, int(m))
	}
	return nil
}

type ClassRule struct {
	Name string
	Test func(rune) bool
}

func (c ClassRule) Check(pw string) error {
	if strings.IndexFunc(pw, c.Test) < 0 {
		return fmt.Errorf("needs a %s", c.Name)
	}
	return nil
}

var ErrBanned = errors.New("password is on the banned list")

type Policy struct {
	Rules  []Rule
	Banned map[string]bool
}

func (p Policy) Validate(user, pw string) error {
	if p.Banned[strings.ToLower(pw)] {
		return ErrBanned
	}
	var errs []error
	for _, r := range p.Rules {
		if err := r.Check(pw); err != nil {
			errs = append(errs, err)
		}
	}
	if user != "" && strings.Contains(strings.ToLower(pw), strings.ToLower(user)) {
		errs = append(errs, errors.New("must not contain the username"))
	}
	return errors.Join(errs...)
}

func noRepeats(max int) RuleFunc {
	return func(pw string) error {
		run, prev := 0, rune(-1)
		for _, r := range pw {
			if r == prev {
				run++
			} else {
				run, prev = 1, r
			}
			if run > max {
				return fmt.Errorf("more than %d repeated %q in a row", max, r)
			}
		}
		return nil
	}
}

func main() {
	policy := Policy{
		Rules: []Rule{
			MinLength(10),
			ClassRule{"digit", unicode.IsDigit},
			ClassRule{"capital letter", unicode.IsUpper},
			ClassRule{"symbol", func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }},
			noRepeats(2),
		},
		Banned: map[string]bool{"password123!": true, "qwertyuiop": true},
	}
	cases := []struct{ user, pw string }{
		{"alice", "short"},
		{"bob", "Password123!"},
		{"carol", "correct horse battery staple"},
		{"dave", "Tr0ub4dor&3x"},
		{"erin", "ERIN-is-great-2024"},
		{"frank", "Aaaa1!bcdefgh"},
		{"gina", "Ünïcödé€1xyzw"},
	}
	valid := 0
	for _, c := range cases {
		err := policy.Validate(c.user, c.pw)
		switch {
		case err == nil:
			valid++
			fmt.Printf("%-6s %-32q OK\n", c.user, c.pw)
		case errors.Is(err, ErrBanned):
			fmt.Printf("%-6s %-32q BANNED\n", c.user, c.pw)
		default:
			fmt.Printf("%-6s %-32q REJECTED\n", c.user, c.pw)
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("        -", line)
			}
		}
	}
	fmt.Printf("%d/%d passwords accepted\n", valid, len(cases))
}
