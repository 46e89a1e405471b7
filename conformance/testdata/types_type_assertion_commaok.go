package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Temperature float64

func (t Temperature) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(store map[string]any, key string) (any, error) {
	v, ok := store[key]
	if !ok {
		return nil, &NotFound{Key: key}
	}
	return v, nil
}

func asInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case string:
		i, err := strconv.Atoi(n)
		return i, err == nil
	}
	return 0, false
}

func main() {
	store := map[string]any{
		"count": 42,
		"name":  "gopher",
		"temp":  Temperature(21.5),
		"ratio": 0.75,
		"digit": "17",
	}

	for _, key := range []string{"count", "name", "temp", "ratio", "digit", "missing"} {
		v, err := lookup(store, key)
		if err != nil {
			var nf *NotFound
			if errors.As(err, &nf) {
				fmt.Println("error for key", nf.Key, "->", err)
			}
			continue
		}
		if s, ok := v.(string); ok {
			fmt.Printf("%s is a string of length %d\n", key, len(s))
		} else {
			fmt.Printf("%s is not a string (it is %T)\n", key, v)
		}
		if st, ok := v.(fmt.Stringer); ok {
			fmt.Printf("%s implements Stringer: %s\n", key, st.String())
		}
		if n, ok := asInt(v); ok {
			fmt.Printf("%s as int: %d\n", key, n)
		}
	}

	// Comma-ok with a zero value on failure.
	var x any = 3.5
	i, ok := x.(int)
	fmt.Println("x.(int):", i, ok)
	f, ok := x.(float64)
	fmt.Println("x.(float64):", f, ok)

	// Asserting on a nil interface.
	var empty any
	s, ok := empty.(string)
	fmt.Printf("empty.(string): %q %v\n", s, ok)

	// Asserting to an interface type on an error value.
	var err error = &NotFound{"k"}
	if e, ok := err.(interface{ Error() string }); ok {
		fmt.Println("error method:", e.Error())
	}
	_, isStringer := err.(fmt.Stringer)
	fmt.Println("error is Stringer:", isStringer)
}
