package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type parseError struct {
	pos int
	msg string
}

func (e parseError) Error() string { return fmt.Sprintf("at %d: %s", e.pos, e.msg) }

type parser struct {
	src string
	pos int
}

func (p *parser) fail(format string, args ...any) {
	panic(parseError{p.pos, fmt.Sprintf(format, args...)})
}

func (p *parser) skip() {
	p.pos = len(p.src) - len(strings.TrimLeft(p.src[p.pos:], " \t\n"))
}

// peek skips blanks and returns the next byte, failing at end of input.
func (p *parser) peek() byte {
	p.skip()
	if p.pos >= len(p.src) {
		p.fail("unexpected end of input")
	}
	return p.src[p.pos]
}

func (p *parser) expect(b byte) {
	if p.peek() != b {
		p.fail("expected %q", b)
	}
	p.pos++
}

func (p *parser) value() any {
	switch c := p.peek(); {
	case c == '{':
		p.pos++
		obj := map[string]any{}
		for p.peek() != '}' {
			if len(obj) > 0 {
				p.expect(',')
			}
			key, ok := p.value().(string)
			if !ok {
				p.fail("object key must be a string")
			}
			p.expect(':')
			obj[key] = p.value()
		}
		p.pos++
		return obj
	case c == '[':
		p.pos++
		arr := []any{}
		for p.peek() != ']' {
			if len(arr) > 0 {
				p.expect(',')
			}
			arr = append(arr, p.value())
		}
		p.pos++
		return arr
	case c == '"':
		end := strings.IndexByte(p.src[p.pos+1:], '"')
		if end < 0 {
			p.fail("unterminated string")
		}
		s := p.src[p.pos+1 : p.pos+1+end]
		p.pos += end + 2
		return s
	case c == '-' || (c >= '0' && c <= '9'):
		start := p.pos
		for p.pos < len(p.src) && strings.ContainsRune("+-.eE0123456789", rune(p.src[p.pos])) {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.src[start:p.pos], 64)
		if err != nil {
			p.fail("bad number %q", p.src[start:p.pos])
		}
		return f
	}
	for _, word := range []string{"true", "false", "null"} {
		if strings.HasPrefix(p.src[p.pos:], word) {
			p.pos += len(word)
			return map[string]any{"true": true, "false": false}[word]
		}
	}
	p.fail("unexpected character %q", p.src[p.pos])
	return nil
}

// Parse turns panics raised deep in the recursion back into errors.
func Parse(src string) (v any, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(parseError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	p := &parser{src: src}
	v = p.value()
	if p.skip(); p.pos != len(src) {
		p.fail("trailing data")
	}
	return v, nil
}

func dump(v any, indent string) {
	switch t := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(t)) {
			fmt.Printf("%s%q: %T\n", indent, k, t[k])
			dump(t[k], indent+"  ")
		}
	case []any:
		for i, e := range t {
			fmt.Printf("%s[%d] %v\n", indent, i, e)
		}
	}
}

func main() {
	doc := `{"name": "widget", "tags": ["a", "b", 3], "size": {"w": 2.5, "h": -4}, "ok": true, "owner": null}`
	v, err := Parse(doc)
	fmt.Println("err:", err)
	dump(v, "")
	fmt.Println("round:", v)

	for _, bad := range []string{`[1, 2`, `{"a" 1}`, `[1 2]`, `{3: 4}`, `"open`, `[1] x`, `@`} {
		_, err := Parse(bad)
		fmt.Printf("%-10q -> %v\n", bad, err)
	}
}
