// A Lisp reader: turns S-expression text into nested Go values and prints them back.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Symbol string

type List []any

func (l List) String() string {
	parts := make([]string, len(l))
	for i, x := range l {
		parts[i] = toString(x)
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func toString(x any) string {
	switch v := x.(type) {
	case string:
		return strconv.Quote(v)
	case Symbol:
		return string(v)
	default:
		return fmt.Sprint(v)
	}
}

type ReadError struct {
	Token int
	Msg   string
}

func (e *ReadError) Error() string { return fmt.Sprintf("token %d: %s", e.Token, e.Msg) }

func tokenize(s string) []string {
	s = strings.NewReplacer("(", " ( ", ")", " ) ", "'", " ' ").Replace(s)
	return strings.Fields(s)
}

type Reader struct {
	toks []string
	pos  int
}

func (r *Reader) Read() (any, error) {
	if r.pos >= len(r.toks) {
		return nil, &ReadError{r.pos, "unexpected EOF"}
	}
	tok := r.toks[r.pos]
	r.pos++
	switch tok {
	case "(":
		list := List{}
		for {
			if r.pos >= len(r.toks) {
				return nil, &ReadError{r.pos, "missing ')'"}
			}
			if r.toks[r.pos] == ")" {
				r.pos++
				return list, nil
			}
			x, err := r.Read()
			if err != nil {
				return nil, err
			}
			list = append(list, x)
		}
	case ")":
		return nil, &ReadError{r.pos - 1, "unexpected ')'"}
	case "'":
		x, err := r.Read()
		return List{Symbol("quote"), x}, err
	}
	if n, err := strconv.ParseInt(tok, 10, 64); err == nil {
		return n, nil
	}
	if f, err := strconv.ParseFloat(tok, 64); err == nil {
		return f, nil
	}
	if strings.HasPrefix(tok, `"`) && strings.HasSuffix(tok, `"`) && len(tok) > 1 {
		return tok[1 : len(tok)-1], nil
	}
	return Symbol(tok), nil
}

func depth(x any) int {
	l, ok := x.(List)
	if !ok {
		return 0
	}
	d := 0
	for _, e := range l {
		d = max(d, depth(e))
	}
	return d + 1
}

func main() {
	srcs := []string{"42", "3.5", "hello", `"str"`, "(+ 1 2)", "(define (square x) (* x x))",
		"'(a b c)", "(let ((x 1) (y 2.5)) (list x y 'z))", "()", "(unclosed (list", ")"}
	for _, src := range srcs {
		r := &Reader{toks: tokenize(src)}
		x, err := r.Read()
		var re *ReadError
		if errors.As(err, &re) {
			fmt.Printf("%-38s !! %v\n", src, re)
			continue
		}
		fmt.Printf("%-38s => %-44s %-12T depth=%d\n", src, toString(x), x, depth(x))
	}
	x, _ := (&Reader{toks: tokenize("(a (b 1))")}).Read()
	fmt.Printf("%#v\n", x)
}
