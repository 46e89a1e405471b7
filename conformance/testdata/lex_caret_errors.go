// A parser for "key: value" assignments that reports errors with line:col and a caret.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Diagnostic struct {
	Pos
	Msg  string
	Line string
}

func (d *Diagnostic) Error() string { return fmt.Sprintf("%v: %s", d.Pos, d.Msg) }

// Render shows the offending source line with a caret under the column.
func (d *Diagnostic) Render() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "error at %v: %s\n", d.Pos, d.Msg)
	fmt.Fprintf(&sb, "  %4d | %s\n", d.Pos.Line, d.Line)
	fmt.Fprintf(&sb, "       | %s^", strings.Repeat(" ", d.Col-1))
	return sb.String()
}

type Diagnostics []*Diagnostic

func (ds Diagnostics) Error() string {
	return fmt.Sprintf("%d error(s), first at %v", len(ds), ds[0].Pos)
}

// Unwrap lets errors.As and errors.Is look inside the list.
func (ds Diagnostics) Unwrap() []error {
	errs := make([]error, len(ds))
	for i, d := range ds {
		errs[i] = d
	}
	return errs
}

func isIdent(r rune) bool { return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func parse(src string) (map[string]int, error) {
	vals := map[string]int{}
	var diags Diagnostics
	for i, line := range strings.Split(src, "\n") {
		fail := func(col int, format string, args ...any) {
			diags = append(diags, &Diagnostic{Pos{i + 1, col}, fmt.Sprintf(format, args...), line})
		}
		trimmed := strings.TrimLeft(line, " ")
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		col := len(line) - len(trimmed) + 1
		end := strings.IndexFunc(trimmed, func(r rune) bool { return !isIdent(r) })
		if end == 0 {
			fail(col, "expected identifier, found %q", trimmed[0])
			continue
		}
		if end < 0 {
			fail(col+len(trimmed), "expected ':' after %q", trimmed)
			continue
		}
		key, rest := trimmed[:end], trimmed[end:]
		if rest[0] != ':' {
			fail(col+end, "expected ':', found %q", rest[0])
			continue
		}
		valText := strings.TrimSpace(rest[1:])
		valCol := col + end + 1 + (len(rest[1:]) - len(strings.TrimLeft(rest[1:], " ")))
		n, err := strconv.Atoi(valText)
		if err != nil {
			fail(valCol, "invalid integer %q", valText)
			continue
		}
		if _, dup := vals[key]; dup {
			fail(col, "duplicate key %q", key)
			continue
		}
		vals[key] = n
	}
	if len(diags) > 0 {
		return vals, diags
	}
	return vals, nil
}

func main() {
	src := `# sizes
width: 80
height:  24
depth = 3
  9lives: 1
color: red
width: 100
lonely`
	vals, err := parse(src)
	fmt.Printf("parsed values: %v\n", vals)
	var ds Diagnostics
	if errors.As(err, &ds) {
		fmt.Println(ds)
		for _, d := range ds {
			fmt.Println(d.Render())
		}
	}
	var d *Diagnostic
	if errors.As(err, &d) {
		fmt.Printf("first diagnostic via errors.As: %+v\n", *d)
	}
	_, err = parse("ok: 1\nalso_ok: -2")
	fmt.Printf("clean input error: %v\n", err)
}
