package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const doc = `{"name":"kernel","version":3,"tags":["go","jupyter"],
"owner":{"login":"gopher","id":42,"admin":true},
"deps":[{"name":"zmq","pinned":false},{"name":"yaml","pinned":true,"ver":"1.2"}],
"notes":null,"ratio":0.75}`

// pretty walks a decoded JSON value and prints it with sorted keys.
func pretty(sb *strings.Builder, v any, indent string) {
	switch x := v.(type) {
	case map[string]any:
		keys := slices.Sorted(maps.Keys(x))
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", indent, k)
			pretty(sb, x[k], indent+"  ")
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(indent + "}")
	case []any:
		sb.WriteString("[")
		for i, e := range x {
			if i > 0 {
				sb.WriteString(", ")
			}
			pretty(sb, e, indent)
		}
		sb.WriteString("]")
	default: // strings, numbers, booleans and null
		b, _ := json.Marshal(x)
		sb.Write(b)
	}
}

type PathError struct {
	Path, At string
}

func (e *PathError) Error() string { return fmt.Sprintf("query %s: cannot resolve %q", e.Path, e.At) }

// query resolves dotted paths like "deps.1.name".
func query(v any, path string) (any, error) {
	cur := v
	for seg := range strings.SplitSeq(path, ".") {
		switch x := cur.(type) {
		case map[string]any:
			next, ok := x[seg]
			if !ok {
				return nil, &PathError{path, seg}
			}
			cur = next
		case []any:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(x) {
				return nil, &PathError{path, seg}
			}
			cur = x[i]
		default:
			return nil, &PathError{path, seg}
		}
	}
	return cur, nil
}

func main() {
	var root map[string]any
	if err := json.Unmarshal([]byte(doc), &root); err != nil {
		fmt.Println("decode:", err)
	}
	var sb strings.Builder
	pretty(&sb, root, "")
	fmt.Println(sb.String())
	for _, p := range []string{"name", "version", "owner.login", "owner.admin", "deps.1.ver", "tags.0", "deps.5.name", "notes", "owner.id.x", "ratio"} {
		v, err := query(root, p)
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		fmt.Printf("  %-12s => %v (%T)\n", p, v, v)
	}
	var bad any
	err := json.Unmarshal([]byte(`{"a":[1,2,}`), &bad)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		fmt.Printf("%v | %T at offset %d\n", err, err, se.Offset)
	}
}
