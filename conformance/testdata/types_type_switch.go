package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64
type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16, int32, int64:
		// With multiple types, x keeps the interface type.
		return fmt.Sprintf("signed integer %v (%T)", x, x)
	case uint, uint8, uint16, uint32, uint64:
		return fmt.Sprintf("unsigned integer %v", x)
	case float64:
		return fmt.Sprintf("float64 with square %.2f", x*x)
	case Celsius:
		return fmt.Sprintf("temperature %.1f°C", float64(x))
	case string:
		return "string " + strings.ToUpper(x)
	case []int:
		sum := 0
		for _, n := range x {
			sum += n
		}
		return fmt.Sprintf("slice of %d ints, sum %d", len(x), sum)
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case error:
		return "error: " + x.Error()
	case *Point:
		if x == nil {
			return "nil *Point"
		}
		return "point pointer " + x.String()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case func(int) int:
		return fmt.Sprintf("func, f(10)=%d", x(10))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	var nilPoint *Point
	values := []any{
		nil, 7, int8(-3), uint16(9), 2.5, Celsius(36.6), "go",
		[]int{1, 2, 3}, map[string]int{"a": 1, "b": 2}, errors.New("boom"),
		Point{1, 2}, &Point{3, 4}, func(n int) int { return n * n },
		false, struct{}{}, nilPoint, [2]string{"x", "y"},
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, classify(v))
	}

	// A type switch without binding a variable.
	count := map[string]int{}
	for _, v := range values {
		switch v.(type) {
		case nil:
			count["nil"]++
		case fmt.Stringer, error:
			count["methods"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
}
