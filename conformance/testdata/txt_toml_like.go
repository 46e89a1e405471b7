package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const doc = `
title = "TOML-ish example"
version = 3
ratio = 0.75
enabled = true

[owner]
name = "Tom, Preston"
tags = ["admin", "dev, ops", "qa"]

[servers.alpha]
ip = "10.0.0.1"
ports = [8001, 8002, 8003]

[servers.beta]
ip = "10.0.0.2"
ports = []
weight = -1.5e2
bogus = [1, 2
`

// splitTop splits on commas that are not inside double quotes.
func splitTop(s string) []string {
	var parts []string
	var cur strings.Builder
	inStr, esc := false, false
	for _, r := range s {
		switch {
		case esc:
			esc = false
		case r == '\\' && inStr:
			esc = true
		case r == '"':
			inStr = !inStr
		case r == ',' && !inStr:
			parts = append(parts, strings.TrimSpace(cur.String()))
			cur.Reset()
			continue
		}
		cur.WriteRune(r)
	}
	if t := strings.TrimSpace(cur.String()); t != "" {
		parts = append(parts, t)
	}
	return parts
}

func parseValue(raw string) (any, error) {
	switch {
	case strings.HasPrefix(raw, `"`):
		return strconv.Unquote(raw)
	case raw == "true" || raw == "false":
		return raw == "true", nil
	case strings.HasPrefix(raw, "["):
		if !strings.HasSuffix(raw, "]") {
			return nil, fmt.Errorf("unterminated array %q", raw)
		}
		items := []any{}
		for _, part := range splitTop(raw[1 : len(raw)-1]) {
			v, err := parseValue(part)
			if err != nil {
				return nil, err
			}
			items = append(items, v)
		}
		return items, nil
	}
	if i, err := strconv.ParseInt(raw, 10, 64); err == nil {
		return i, nil
	}
	if f, err := strconv.ParseFloat(raw, 64); err == nil {
		return f, nil
	}
	return nil, fmt.Errorf("cannot parse value %q", raw)
}

func main() {
	values := map[string]any{}
	prefix := ""
	for i, line := range strings.Split(doc, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if line[0] == '[' {
			prefix = strings.Trim(line, "[]") + "."
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			fmt.Printf("line %d: missing '='\n", i)
			continue
		}
		val, err := parseValue(strings.TrimSpace(v))
		if err != nil {
			fmt.Printf("line %d: %v\n", i, err)
			continue
		}
		values[prefix+strings.TrimSpace(k)] = val
	}

	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%-20s %-15T %#v\n", k, values[k], values[k])
	}

	// Typed access with type switches.
	total := 0
	for _, k := range keys {
		if arr, ok := values[k].([]any); ok {
			for _, item := range arr {
				switch x := item.(type) {
				case int64:
					total += int(x)
				case string:
					total += len(x)
				}
			}
		}
	}
	fmt.Println("array checksum:", total)
}
