package main

import (
	"fmt"
	"sort"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

type Pair struct {
	Key   string
	Value any
}

func describe(v any) string {
	return fmt.Sprintf("%-14T %v", v, v)
}

func main() {
	var box any
	fmt.Printf("empty box: %v, %T, isNil=%v\n", box, box, box == nil)

	items := []any{
		42,
		"hello",
		3.14,
		true,
		'x',
		byte('y'),
		Green,
		[]string{"a", "b"},
		map[string]int{"z": 26, "a": 1},
		Pair{"k", 1},
		&Pair{"p", "nested"},
		[3]int{1, 2, 3},
		complex(1, 2),
		nil,
		struct{ A, B int }{1, 2},
	}
	for _, it := range items {
		fmt.Println(describe(it))
	}

	// Interfaces holding comparable values can be compared and used as map keys.
	var a, b any = 10, 10
	var c any = int64(10)
	fmt.Println("a == b:", a == b, " a == c:", a == c)

	seen := map[any]int{}
	for _, k := range []any{1, "1", 1.0, 1, "1", Red, Color(0), true} {
		seen[k]++
	}
	keys := make([]string, 0, len(seen))
	for k, n := range seen {
		keys = append(keys, fmt.Sprintf("%T(%v)=%d", k, k, n))
	}
	sort.Strings(keys)
	fmt.Println(keys)

	// A map of any, like decoded JSON.
	doc := map[string]any{
		"name":  "gopher",
		"age":   13,
		"tags":  []any{"go", "mascot"},
		"owner": map[string]any{"org": "Google"},
	}
	fmt.Println(doc)
	if tags, ok := doc["tags"].([]any); ok {
		for i, t := range tags {
			fmt.Println("tag", i, t.(string))
		}
	}
	owner := doc["owner"].(map[string]any)
	fmt.Println("org:", owner["org"])

	// Reassigning changes the dynamic type.
	box = 1
	fmt.Printf("%T ", box)
	box = "one"
	fmt.Printf("%T ", box)
	box = []any{box, 1}
	fmt.Printf("%T %v\n", box, box)
}
