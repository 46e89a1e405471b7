package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Issue string
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %s", v.Field, v.Issue)
}

type Code int

func (c Code) Error() string  { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string { return "Code-as-Stringer" }

type Both struct{ msg string }

func (b *Both) Error() string { return "error:" + b.msg }

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", "negative"}
	}
	if age > 150 {
		return &ValidationError{"age", "too large"}
	}
	return nil
}

func main() {
	for _, age := range []int{30, -1, 200} {
		err := validate(age)
		fmt.Println(age, "->", err)
	}

	e := ValidationError{"email", "missing @"}
	fmt.Println(e)
	fmt.Printf("v: %v\n", e)
	fmt.Printf("s: %s\n", e)
	fmt.Printf("q: %q\n", e)
	fmt.Printf("+v: %+v\n", e)
	fmt.Printf("#v: %#v\n", e)
	fmt.Printf("T: %T\n", e)

	// Error takes precedence over String.
	var c Code = 404
	fmt.Println(c)
	fmt.Printf("%v %s %d\n", c, c, c)

	// Errors inside containers.
	errs := []error{e, Code(500), errors.New("plain"), nil, &Both{"ptr"}}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs)
	wrapper := struct {
		Op  string
		Err error
	}{"save", Code(1)}
	fmt.Printf("%v\n", wrapper)
	fmt.Printf("%+v\n", wrapper)
	byName := map[string]error{"b": Code(2), "a": ValidationError{"x", "y"}}
	fmt.Println(byName)

	// Typed nil pointer in an error interface is not nil.
	var bp *Both
	var err error = bp
	fmt.Println("bp == nil:", bp == nil, " err == nil:", err == nil)
	fmt.Printf("%T\n", err)

	// Errorf with %v and %w produces the same text.
	w1 := fmt.Errorf("load config: %v", e)
	w2 := fmt.Errorf("load config: %w", e)
	fmt.Println(w1)
	fmt.Println(w2)
	fmt.Println(w1.Error() == w2.Error(), errors.Unwrap(w1) == nil, errors.Unwrap(w2) == e)
}
