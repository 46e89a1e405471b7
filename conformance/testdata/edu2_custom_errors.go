// Week 7 assignment: custom error types, wrapping, errors.Is and errors.As.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ValidationError reports a bad field in user input.
type ValidationError struct {
	Field string
	Value string
	Msg   string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s %q: %s", e.Field, e.Value, e.Msg)
}

var ErrEmpty = errors.New("empty record")

type User struct {
	Name  string
	Age   int
	Email string
}

// parseUser reads "name,age,email" and validates each part.
func parseUser(line string) (User, error) {
	if strings.TrimSpace(line) == "" {
		return User{}, ErrEmpty
	}
	parts := strings.Split(line, ",")
	if len(parts) != 3 {
		return User{}, fmt.Errorf("expected 3 fields, got %d", len(parts))
	}
	name, ageStr, email := parts[0], parts[1], parts[2]
	if name == "" {
		return User{}, &ValidationError{"name", name, "must not be empty"}
	}
	age, err := strconv.Atoi(ageStr)
	if err != nil {
		return User{}, fmt.Errorf("user %s: %w", name, err)
	}
	if age < 0 || age > 150 {
		return User{}, &ValidationError{"age", ageStr, "out of range"}
	}
	if !strings.Contains(email, "@") {
		return User{}, fmt.Errorf("user %s: %w", name, &ValidationError{"email", email, "missing @"})
	}
	return User{name, age, email}, nil
}

func main() {
	lines := []string{
		"ana,34,ana@example.com",
		"",
		"bo,abc,bo@example.com",
		",20,x@y.z",
		"cy,200,cy@example.com",
		"dee,41,dee.example.com",
		"only,two",
	}
	var users []User
	for i, line := range lines {
		u, err := parseUser(line)
		if err == nil {
			users = append(users, u)
			fmt.Printf("line %d ok: %+v\n", i+1, u)
			continue
		}
		fmt.Printf("line %d error: %v\n", i+1, err)

		var ve *ValidationError
		var ne *strconv.NumError
		switch {
		case errors.Is(err, ErrEmpty):
			fmt.Println("   -> skipping blank line")
		case errors.As(err, &ve):
			fmt.Printf("   -> validation on field %q (type %T)\n", ve.Field, ve)
		case errors.As(err, &ne):
			fmt.Printf("   -> number error func=%s num=%q inner=%v syntax=%t\n",
				ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
		default:
			fmt.Printf("   -> other error, unwrap=%v\n", errors.Unwrap(err))
		}
	}
	fmt.Printf("parsed %d of %d lines\n", len(users), len(lines))

	joined := errors.Join(ErrEmpty, &ValidationError{"age", "-1", "negative"})
	fmt.Printf("joined is ErrEmpty=%t\n%v\n", errors.Is(joined, ErrEmpty), joined)
}
