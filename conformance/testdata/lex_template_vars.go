// A tiny template engine: lexes "{{name}}" and "{{name|filter}}" placeholders.
package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type PartKind int

const (
	Text PartKind = iota
	Placeholder
)

func (k PartKind) String() string { return [...]string{"Text", "Placeholder"}[k] }

type Part struct {
	Kind    PartKind
	Value   string
	Filters []string
}

type TemplateError struct {
	Offset int
	Reason string
}

func (e *TemplateError) Error() string { return fmt.Sprintf("template:%d: %s", e.Offset, e.Reason) }

var ErrMissing = errors.New("missing variable")

func lexTemplate(src string) ([]Part, error) {
	var parts []Part
	rest, off := src, 0
	for rest != "" {
		before, after, found := strings.Cut(rest, "{{")
		if before != "" {
			parts = append(parts, Part{Kind: Text, Value: before})
		}
		if !found {
			break
		}
		inner, tail, ok := strings.Cut(after, "}}")
		if !ok {
			return nil, &TemplateError{off + len(before), "unclosed {{"}
		}
		fields := strings.FieldsFunc(inner, func(r rune) bool { return r == '|' || unicode.IsSpace(r) })
		if len(fields) == 0 {
			return nil, &TemplateError{off + len(before), "empty placeholder"}
		}
		parts = append(parts, Part{Placeholder, fields[0], fields[1:]})
		off += len(before) + 2 + len(inner) + 2
		rest = tail
	}
	return parts, nil
}

var filters = map[string]func(string) string{
	"upper": strings.ToUpper,
	"lower": strings.ToLower,
	"title": func(s string) string {
		if s == "" {
			return s
		}
		return strings.ToUpper(s[:1]) + s[1:]
	},
	"quote": func(s string) string { return fmt.Sprintf("%q", s) },
}

func render(parts []Part, vars map[string]string) (string, error) {
	var sb strings.Builder
	for _, p := range parts {
		if p.Kind == Text {
			sb.WriteString(p.Value)
			continue
		}
		v, ok := vars[p.Value]
		if !ok {
			return "", fmt.Errorf("render %q: %w", p.Value, ErrMissing)
		}
		for _, f := range p.Filters {
			if fn, ok := filters[f]; ok {
				v = fn(v)
			}
		}
		sb.WriteString(v)
	}
	return sb.String(), nil
}

func main() {
	vars := map[string]string{"name": "gopher", "lang": "Go", "place": "the Playground"}
	templates := []string{"Hello, {{name}}!", "{{ name | title }} writes {{lang|upper}} in {{place}}.",
		"Quoted: {{name|upper|quote}}", "no placeholders at all", "Hi {{who}}", "broken {{name",
		"empty {{ }} here", "{{lang|lower|title}}{{lang}}"}
	for _, t := range templates {
		parts, err := lexTemplate(t)
		if err != nil {
			var te *TemplateError
			if errors.As(err, &te) {
				fmt.Printf("%-50q lex error at %d: %s\n", t, te.Offset, te.Reason)
			}
			continue
		}
		out, err := render(parts, vars)
		if errors.Is(err, ErrMissing) {
			fmt.Printf("%-50q render error: %v\n", t, err)
			continue
		}
		fmt.Printf("%-50q -> %s\n", t, out)
	}
	parts, _ := lexTemplate("A{{x|upper}}B")
	for _, p := range parts {
		fmt.Printf("  %+v\n", p)
	}
	fmt.Printf("%v\n", []PartKind{Text, Placeholder})
}
