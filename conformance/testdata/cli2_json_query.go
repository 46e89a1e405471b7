package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const doc = `{
  "name": "cli2",
  "version": "1.4.0",
  "maintainers": [
    {"name": "ana", "email": "ana@example.com", "active": true},
    {"name": "raj", "email": "raj@example.com", "active": false}
  ],
  "build": {"targets": ["linux", "darwin", "windows"], "cgo": false, "jobs": 8},
  "deps": {"yaml": "3.0.1", "cobra": "1.8.0", "color": "1.16.0"}
}`

var ErrNoPath = errors.New("path not found")

func query(root any, path string) (any, error) {
	cur := root
	if path == "." {
		return cur, nil
	}
	for _, part := range strings.Split(strings.TrimPrefix(path, "."), ".") {
		switch node := cur.(type) {
		case map[string]any:
			v, ok := node[part]
			if !ok {
				return nil, fmt.Errorf("key %q: %w", part, ErrNoPath)
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(part)
			if err != nil {
				return nil, fmt.Errorf("index %q on array: %w", part, err)
			}
			if i < 0 {
				i += len(node)
			}
			if i < 0 || i >= len(node) {
				return nil, fmt.Errorf("index %d out of range (len %d): %w", i, len(node), ErrNoPath)
			}
			cur = node[i]
		default:
			return nil, fmt.Errorf("cannot descend into %T at %q: %w", node, part, ErrNoPath)
		}
	}
	return cur, nil
}

func render(v any) string {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return "{keys: " + strings.Join(keys, ", ") + "}"
	case []any:
		return fmt.Sprintf("[array of %d]", len(x))
	case string:
		return strconv.Quote(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case nil:
		return "null"
	default:
		b, _ := json.Marshal(x)
		return string(b)
	}
}

func main() {
	var root any
	if err := json.Unmarshal([]byte(doc), &root); err != nil {
		fmt.Println("parse error:", err)
		return
	}
	paths := []string{
		".", ".name", ".maintainers", ".maintainers.0.email", ".maintainers.-1.active",
		".build.targets.2", ".build.jobs", ".build.cgo", ".deps", ".deps.cobra",
		".maintainers.5", ".build.targets.x", ".name.first", ".missing",
	}
	for _, p := range paths {
		v, err := query(root, p)
		if err != nil {
			tag := "error"
			if errors.Is(err, ErrNoPath) {
				tag = "not found"
			}
			fmt.Printf("%-24s %s: %v\n", p, tag, err)
			continue
		}
		fmt.Printf("%-24s %s\n", p, render(v))
	}
	var bad any
	err := json.Unmarshal([]byte(`{"a": [1, 2,]}`), &bad)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		fmt.Printf("syntax error at offset %d: %v\n", se.Offset, se)
	}
}
