package main

import (
	"fmt"
	"strings"
)

type Labeled interface {
	~int | ~string
	Label() string
}

type Code int
type Tag string

func (c Code) Label() string { return fmt.Sprintf("code-%03d", int(c)) }
func (t Tag) Label() string  { return "#" + strings.ToLower(string(t)) }

func Labels[T Labeled](xs ...T) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.Label())
	}
	return strings.Join(parts, ",")
}

func Max[T Labeled](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Labels(Code(7), Code(42)))
	fmt.Println(Labels[Tag]("Go", "Generics"))
	fmt.Println(Max(Code(3), Code(9)).Label(), Max(Tag("b"), Tag("a")))
}
