package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64
type Point struct{ X, Y int }

func (p Point) String() string { return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case float64:
		return "float " + strconv.FormatFloat(x, 'f', 2, 64)
	case Celsius:
		return fmt.Sprintf("temperature %.1f°C", float64(x))
	case string:
		if x == "" {
			return "empty string"
		}
		return "string of length " + strconv.Itoa(len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		sum := 0
		for _, n := range x {
			sum += n
		}
		return fmt.Sprintf("int slice sum=%d", sum)
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case func() int:
		return "func returning " + strconv.Itoa(x())
	default:
		return fmt.Sprintf("unhandled %T", x)
	}
}

func asInt(v any) (int, bool) {
	if i, ok := v.(int); ok {
		return i, true
	}
	if s, ok := v.(string); ok {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	return 0, false
}

func main() {
	values := []any{
		nil, 42, int64(-7), 3.14159, Celsius(21.5), "", "gopher",
		errors.New("boom"), Point{2, 3}, &Point{4, 5}, []int{1, 2, 3},
		map[string]int{"a": 1, "b": 2}, func() int { return 9 }, true, [2]int{},
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, classify(v))
	}

	fmt.Println("--- comma-ok conversions")
	for _, v := range []any{12, "34", "x5", 5.0, nil} {
		n, ok := asInt(v)
		fmt.Printf("%-6v -> %d %v\n", v, n, ok)
	}

	var s fmt.Stringer = Point{1, 1}
	if p, ok := s.(Point); ok {
		fmt.Println("value assertion ok:", p.X+p.Y)
	}
	if _, ok := s.(*Point); !ok {
		fmt.Println("pointer assertion fails on a value")
	}

	fmt.Println("--- unchecked assertion")
	var box any = "not a number"
	n := box.(int) // panics: interface conversion
	fmt.Println("unreachable", n)
}
