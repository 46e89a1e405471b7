package main

import (
	"fmt"
	"html"
	"strings"
	"unicode"
)

const source = `func add(a, b int) int {
	// add two numbers
	s := "sum: <" + fmt.Sprint(a+b) + ">"
	if a > 10 && b != 0 {
		return 42
	}
	return a + b
}`

var keywords = map[string]bool{"func": true, "return": true, "if": true, "else": true, "for": true, "var": true}
var types = map[string]bool{"int": true, "string": true, "bool": true, "error": true}

type span struct {
	class, text string
}

func scan(line string) []span {
	var out []span
	rs := []rune(line)
	for i := 0; i < len(rs); {
		r := rs[i]
		j := i + 1
		class := "punct"
		switch {
		case r == '/' && j < len(rs) && rs[j] == '/':
			j = len(rs)
			class = "comment"
		case r == '"':
			for j < len(rs) && rs[j] != '"' {
				if rs[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(rs))
			class = "string"
		case unicode.IsDigit(r):
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			class = "number"
		case unicode.IsLetter(r) || r == '_':
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			word := string(rs[i:j])
			switch {
			case keywords[word]:
				class = "kw"
			case types[word]:
				class = "type"
			default:
				class = "ident"
			}
		case unicode.IsSpace(r):
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
			class = "ws"
		}
		out = append(out, span{class, string(rs[i:j])})
		i = j
	}
	return out
}

func main() {
	counts := map[string]int{}
	for n, line := range strings.Split(source, "\n") {
		var b strings.Builder
		for _, s := range scan(line) {
			counts[s.class]++
			text := html.EscapeString(strings.ReplaceAll(s.text, "\t", "  "))
			if s.class == "ws" || s.class == "punct" || s.class == "ident" {
				b.WriteString(text)
				continue
			}
			fmt.Fprintf(&b, "<%s>%s</%s>", s.class, text, s.class)
		}
		fmt.Printf("%2d| %s\n", n+1, b.String())
	}
	for _, c := range []string{"kw", "type", "ident", "number", "string", "comment", "punct", "ws", "macro"} {
		v, ok := counts[c]
		fmt.Printf("%-8s %3d seen=%v\n", c, v, ok)
	}
}
