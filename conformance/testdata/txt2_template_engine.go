package main

import (
	"errors"
	"fmt"
	"strings"
)

type MissingKeyError struct {
	Key  string
	Line int
	Col  int
}

func (e *MissingKeyError) Error() string {
	return fmt.Sprintf("%d:%d: missing key %q", e.Line, e.Col, e.Key)
}

func render(tmpl string, data map[string]string) (string, error) {
	var out strings.Builder
	var errs []error
	line, col := 1, 1
	advance := func(s string) {
		for _, r := range s {
			if r == '\n' {
				line++
				col = 1
			} else {
				col++
			}
		}
	}
	for {
		start := strings.Index(tmpl, "{{")
		if start < 0 {
			out.WriteString(tmpl)
			break
		}
		out.WriteString(tmpl[:start])
		advance(tmpl[:start])
		end := strings.Index(tmpl[start:], "}}")
		if end < 0 {
			errs = append(errs, fmt.Errorf("%d:%d: unclosed tag", line, col))
			out.WriteString(tmpl[start:])
			break
		}
		tag := tmpl[start : start+end+2]
		key := strings.TrimSpace(tag[2 : len(tag)-2])
		def := ""
		hasDef := false
		if k, d, ok := strings.Cut(key, "|"); ok {
			key, def, hasDef = strings.TrimSpace(k), strings.TrimSpace(d), true
		}
		val, ok := data[key]
		switch {
		case ok:
			out.WriteString(val)
		case hasDef:
			out.WriteString(def)
		default:
			errs = append(errs, &MissingKeyError{key, line, col})
			out.WriteString("<?" + key + "?>")
		}
		advance(tag)
		tmpl = tmpl[start+end+2:]
	}
	return out.String(), errors.Join(errs...)
}

func main() {
	data := map[string]string{"name": "Ada", "lang": "Go", "count": "3", "empty": ""}
	templates := []string{
		"Hello, {{name}}!",
		"{{ name }} writes {{lang}} and has {{count}} projects.",
		"Empty: [{{empty}}] default: [{{title | none}}]",
		"Dear {{name}},\nyour order {{order_id}} ships {{when}}.",
		"Broken {{name} here",
		"No tags at all.",
	}
	for i, t := range templates {
		out, err := render(t, data)
		fmt.Printf("--- template %d\n%s\n", i+1, out)
		if err != nil {
			var mk *MissingKeyError
			if errors.As(err, &mk) {
				fmt.Printf("first missing key: %s at line %d\n", mk.Key, mk.Line)
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("  error:", line)
			}
		}
	}
	v, ok := data["order_id"]
	fmt.Printf("order_id=%q ok=%v\n", v, ok)
}
