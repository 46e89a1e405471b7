package main

import (
	"errors"
	"fmt"
)

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprintf("code=%d", c.code) }

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("wrap: %v", base)
	e2 := fmt.Errorf("wrap: %w", codeErr{7})
	fmt.Println(e1, errors.Is(e1, base))
	fmt.Printf("%v|%s|%q\n", e2, e2, e2)
	var errs []error = []error{base, codeErr{1}}
	fmt.Println(errs)
	fmt.Printf("%v\n", map[string]error{"x": codeErr{2}})
}
