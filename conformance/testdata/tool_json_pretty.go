// Command tool_json_pretty behaves like a tiny "jq .": it pretty-prints and
// compacts JSON, decodes into structs and walks generic values.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Dependency struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Dev     bool   `json:"dev,omitempty"`
}

type Manifest struct {
	Module  string            `json:"module"`
	Go      string            `json:"go"`
	Deps    []Dependency      `json:"deps"`
	Scripts map[string]string `json:"scripts,omitempty"`
	secret  string
}

const input = `{"module":"example.com/tool","go":"1.26","deps":[{"name":"golang.org/x/text","version":"v0.14.0"},{"name":"github.com/google/go-cmp","version":"v0.6.0","dev":true}],"scripts":{"test":"go test ./...","build":"go build"}}`

// walk prints every leaf of a generic JSON value with its path.
func walk(prefix string, v any, out *[]string) {
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(prefix+"."+k, t[k], out)
		}
	case []any:
		for i, e := range t {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	default:
		*out = append(*out, fmt.Sprintf("%s = %v (%T)", prefix, t, t))
	}
}

func main() {
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, []byte(input), "", "  "); err != nil {
		fmt.Println("indent:", err)
		return
	}
	fmt.Println(pretty.String())

	var m Manifest
	if err := json.Unmarshal([]byte(input), &m); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	m.secret = "not exported"
	fmt.Printf("module %s requires go %s, %d deps\n", m.Module, m.Go, len(m.Deps))
	fmt.Printf("%+v\n", m.Deps[1])

	m.Deps = append(m.Deps, Dependency{Name: "rsc.io/quote", Version: "v1.5.2"})
	out, _ := json.Marshal(m) // map keys are sorted, unexported fields skipped
	fmt.Println(string(out))

	var generic any
	dec := json.NewDecoder(strings.NewReader(input))
	dec.UseNumber()
	if err := dec.Decode(&generic); err == nil {
		var leaves []string
		walk("$", generic, &leaves)
		for _, l := range leaves {
			fmt.Println(l)
		}
	}

	var compact bytes.Buffer
	_ = json.Compact(&compact, []byte("{ \"a\" : [ 1 , 2 ],\n \"b\" : null }"))
	fmt.Println("compact:", compact.String())

	var syn *json.SyntaxError
	err := json.Unmarshal([]byte(`{"module": "x",}`), &m)
	if errors.As(err, &syn) {
		fmt.Printf("syntax error at offset %d: %v\n", syn.Offset, err)
	}
	var ute *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"go": 1.26}`), &m)
	if errors.As(err, &ute) {
		fmt.Printf("type error: field %q got %s, want %v\n", ute.Field, ute.Value, ute.Type)
	}
}
