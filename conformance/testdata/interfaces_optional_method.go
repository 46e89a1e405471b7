package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Namer interface{ Name() string }

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string  { return "square" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

func describe(s Shape) string {
	name := "anonymous"
	if n, ok := s.(Namer); ok {
		name = n.Name()
	}
	return fmt.Sprintf("%s with area %.1f", name, s.Area())
}

func main() {
	var parts []string
	for _, s := range []Shape{Square{2}, Circle{1}, &Square{3}} {
		parts = append(parts, describe(s))
	}
	fmt.Println(strings.Join(parts, "; "))
}
