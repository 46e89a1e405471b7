package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case Celsius:
		return fmt.Sprintf("%.1f degrees", float64(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("ints ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "abc", Celsius(21), errors.New("bad"), fmt.Errorf("w: %w", errors.New("x")), []int{1}, 2.5} {
		fmt.Println(describe(v))
	}
}
