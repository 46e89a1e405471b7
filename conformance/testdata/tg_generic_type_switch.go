package main

import (
	"fmt"
	"strconv"
	"strings"
)

// A settings encoder that formats values of any type. Generic functions
// switch on the dynamic type of a type-parameter value via any(v).

type Celsius float64
type Tags []string

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type Option[T any] struct {
	Name  string
	Value T
	Set   bool
}

func Encode[T any](v T) string {
	switch x := any(v).(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(x)
	case bool:
		return strconv.FormatBool(x)
	case int, int64, int32:
		return fmt.Sprintf("%d", x) // x is still an interface in a multi-type case
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case fmt.Stringer:
		return "<" + x.String() + ">"
	case []string:
		parts := make([]string, len(x))
		for i, s := range x {
			parts[i] = Encode(s)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case error:
		return "error(" + x.Error() + ")"
	default:
		return fmt.Sprintf("?%T", x)
	}
}

func (o Option[T]) Render() string {
	if !o.Set {
		var zero T
		return fmt.Sprintf("%s = (default %s)", o.Name, Encode(zero))
	}
	return fmt.Sprintf("%s = %s", o.Name, Encode(o.Value))
}

// Kind reports what the type parameter itself is, independent of value.
func Kind[T any]() string {
	var zero T
	switch any(zero).(type) {
	case int:
		return "int"
	case string:
		return "string"
	case Celsius:
		return "celsius"
	case nil:
		return "interface-or-nil" // zero value of an interface type parameter is nil
	}
	return fmt.Sprintf("other(%T)", zero)
}

type Renderer interface{ Render() string }

func main() {
	opts := []Renderer{
		Option[string]{"host", "example.org", true},
		Option[int]{"port", 8080, true},
		Option[bool]{"debug", false, false},
		Option[float64]{"ratio", 0.75, true},
		Option[Celsius]{"limit", 21.5, true},
		Option[Tags]{"tags", Tags{"a", "b"}, true},
		Option[[]string]{"hosts", []string{"x", "y\"z"}, true},
		Option[error]{"last", fmt.Errorf("timeout after %ds", 3), true},
		Option[error]{"prev", nil, true},
		Option[int64]{"big", 1 << 40, true},
		Option[*int]{"ptr", nil, true},
		Option[any]{"anything", 'r', true},
	}
	for _, o := range opts {
		fmt.Println(o.Render())
	}

	fmt.Println("kinds:", Kind[int](), Kind[string](), Kind[Celsius](), Kind[error](), Kind[any](), Kind[[]byte]())

	// Type switch on the options themselves: each instantiation is a distinct type.
	counts := map[string]int{}
	for _, o := range opts {
		switch o.(type) {
		case Option[string], Option[[]string]:
			counts["text"]++
		case Option[int], Option[int64], Option[float64]:
			counts["number"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println("text:", counts["text"], "number:", counts["number"], "other:", counts["other"])
}
