package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Grammar (a statement is either `ident = expr` or a bare expr):
//   expr   = term { ("+" | "-") term }
//   term   = factor { ("*" | "/") factor }
//   factor = unary [ "^" factor ]
//   unary  = "-" unary | number | ident | "(" expr ")"

type calc struct {
	toks []string
	pos  int
	vars map[string]int
}

type calcError string

func tokenize(s string) []string {
	var toks []string
	word := func(b byte) bool { return unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b)) }
	for i := 0; i < len(s); i++ {
		switch {
		case word(s[i]):
			j := i + 1
			for j < len(s) && word(s[j]) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j - 1
		case s[i] != ' ':
			toks = append(toks, s[i:i+1])
		}
	}
	return toks
}

func (c *calc) peek() string {
	if c.pos < len(c.toks) {
		return c.toks[c.pos]
	}
	return ""
}

func (c *calc) next() string { t := c.peek(); c.pos++; return t }

func (c *calc) expr() int {
	v := c.term()
	for c.peek() == "+" || c.peek() == "-" {
		if c.next() == "+" {
			v += c.term()
		} else {
			v -= c.term()
		}
	}
	return v
}

func (c *calc) term() int {
	v := c.factor()
	for op := c.peek(); op == "*" || op == "/"; op = c.peek() {
		c.next()
		rhs := c.factor()
		switch {
		case op == "*":
			v *= rhs
		case rhs == 0:
			panic(calcError("division by zero"))
		default:
			v /= rhs
		}
	}
	return v
}

func (c *calc) factor() int {
	base := c.unary()
	if c.peek() != "^" {
		return base
	}
	c.next()
	exp := c.factor() // right associative
	result := 1
	for range exp {
		result *= base
	}
	return result
}

func (c *calc) unary() int {
	t := c.next()
	switch {
	case t == "-":
		return -c.unary()
	case t == "(":
		v := c.expr()
		if c.next() != ")" {
			panic(calcError("missing )"))
		}
		return v
	case t != "" && unicode.IsLetter(rune(t[0])):
		v, ok := c.vars[t]
		if !ok {
			panic(calcError("undefined variable " + t))
		}
		return v
	}
	n, err := strconv.Atoi(t)
	if err != nil {
		panic(calcError(fmt.Sprintf("unexpected %q", t)))
	}
	return n
}

func (c *calc) run(line string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("error: %s", r.(calcError))
		}
	}()
	c.toks, c.pos = tokenize(line), 0
	target := ""
	if len(c.toks) > 1 && c.toks[1] == "=" {
		target, c.pos = c.toks[0], 2
	}
	v := c.expr()
	if c.pos < len(c.toks) {
		panic(calcError("unexpected " + strings.Join(c.toks[c.pos:], " ")))
	}
	if target != "" {
		c.vars[target] = v
		return fmt.Sprintf("%s := %d", target, v)
	}
	return fmt.Sprint(v)
}

func main() {
	c := &calc{vars: map[string]int{}}
	for _, l := range []string{
		"x = 3 + 4 * 2", "y = (x - 1) / 2", "x * y - -y", "2 ^ 3 ^ 2", "z = x / 4 + y ^ 2",
		"width = 7", "area = width * width", "(1 + 2", "q + 1", "10 / (y - 5)", "3 4", "12ab + 1", "4 * )",
	} {
		fmt.Printf("%-22s => %s\n", l, c.run(l))
	}
}
