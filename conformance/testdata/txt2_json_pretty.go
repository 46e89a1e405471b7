package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

func writeString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

func pretty(b *strings.Builder, v Value, depth int) {
	pad := strings.Repeat("  ", depth)
	switch t := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(t))
	case int:
		b.WriteString(strconv.Itoa(t))
	case float64:
		b.WriteString(strconv.FormatFloat(t, 'g', -1, 64))
	case string:
		writeString(b, t)
	case []Value:
		if len(t) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range t {
			b.WriteString(pad + "  ")
			pretty(b, e, depth+1)
			if i < len(t)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "]")
	case map[string]Value:
		if len(t) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			b.WriteString(pad + "  ")
			writeString(b, k)
			b.WriteString(": ")
			pretty(b, t[k], depth+1)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	default:
		fmt.Fprintf(b, "\"<unsupported %T>\"", t)
	}
}

func main() {
	doc := map[string]Value{
		"name":    "conformance \"suite\"",
		"version": 3,
		"ratio":   0.75,
		"enabled": true,
		"owner":   nil,
		"tags":    []Value{"text", "parser", "tab\there"},
		"empty":   []Value{},
		"limits": map[string]Value{
			"max_lines": 130,
			"min_lines": 40,
			"nested":    map[string]Value{"deep": []Value{1, 2.5, false}},
		},
		"meta":  map[string]Value{},
		"bytes": []byte("x"),
	}
	var b strings.Builder
	pretty(&b, doc, 0)
	fmt.Println(b.String())
	fmt.Println("total bytes:", b.Len())
}
