package main

import (
	"fmt"
	"strings"
)

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func count(xs ...any) int { return len(xs) }

func main() {
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join("-"))
	words := []string{"x", "y"}
	fmt.Println(join("+", words...))
	fmt.Println(count(), count(nil), count(1, "a", nil))
	args := []any{1, 2}
	fmt.Println(count(args...), count(args))
	fmt.Println(args...)
}
