// A lexer for Go-style number literals: decimal, hex, octal, binary, underscores, floats.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type NumKind uint8

const (
	Invalid NumKind = iota
	Decimal
	Hex
	Octal
	Binary
	Float
)

var kindNames = [...]string{"Invalid", "Decimal", "Hex", "Octal", "Binary", "Float"}

func (k NumKind) String() string { return kindNames[k] }

type Literal struct {
	Text string
	Kind NumKind
}

func digitsOK(s string, valid func(byte) bool) bool {
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return false
	}
	for i := range len(s) {
		if s[i] != '_' && !valid(s[i]) {
			return false
		}
	}
	return true
}

func classify(s string) NumKind {
	lower := strings.ToLower(s)
	isDec := func(c byte) bool { return c >= '0' && c <= '9' }
	switch {
	case strings.HasPrefix(lower, "0x"):
		body := strings.TrimPrefix(lower[2:], "_")
		if digitsOK(body, func(c byte) bool { return isDec(c) || c >= 'a' && c <= 'f' }) {
			return Hex
		}
	case strings.HasPrefix(lower, "0b"):
		if digitsOK(strings.TrimPrefix(lower[2:], "_"), func(c byte) bool { return c == '0' || c == '1' }) {
			return Binary
		}
	case strings.HasPrefix(lower, "0o"):
		if digitsOK(strings.TrimPrefix(lower[2:], "_"), func(c byte) bool { return c >= '0' && c <= '7' }) {
			return Octal
		}
	case strings.ContainsAny(lower, ".e"):
		mant, exp, hasExp := strings.Cut(lower, "e")
		intPart, frac, _ := strings.Cut(mant, ".")
		if hasExp {
			exp = strings.TrimLeft(exp, "+-")
			if !digitsOK(exp, isDec) {
				return Invalid
			}
		}
		if (intPart == "" || digitsOK(intPart, isDec)) && (frac == "" || digitsOK(frac, isDec)) && intPart+frac != "" {
			return Float
		}
	case len(lower) > 1 && lower[0] == '0':
		if digitsOK(lower[1:], func(c byte) bool { return c >= '0' && c <= '7' }) {
			return Octal
		}
	default:
		if digitsOK(lower, isDec) {
			return Decimal
		}
	}
	return Invalid
}

func main() {
	inputs := []string{"42", "1_000_000", "0x_FF", "0xdead_beef", "0b1010", "0o755", "0755",
		"3.14", ".5", "1e9", "6.022e+23", "1__0", "_1", "0b102", "0x", "09", "1.", "e5"}
	var lits []Literal
	for _, in := range inputs {
		lits = append(lits, Literal{in, classify(in)})
	}
	for _, l := range lits {
		switch l.Kind {
		case Float:
			f, err := strconv.ParseFloat(l.Text, 64)
			fmt.Printf("%-12s %-8v %g (err=%v)\n", l.Text, l.Kind, f, err)
		case Invalid:
			_, err := strconv.ParseInt(l.Text, 0, 64)
			fmt.Printf("%-12s %-8v strconv also rejects: %v\n", l.Text, l.Kind, err != nil)
		default:
			n, err := strconv.ParseInt(l.Text, 0, 64)
			if err != nil {
				fmt.Printf("%-12s %-8v strconv error: %v\n", l.Text, l.Kind, err)
				continue
			}
			fmt.Printf("%-12s %-8v %d = %#x = %#o = %b\n", l.Text, l.Kind, n, n, n, n)
		}
	}
	counts := map[NumKind]int{}
	for _, l := range lits {
		counts[l.Kind]++
	}
	fmt.Println("counts:", counts)
	fmt.Printf("%+v\n", lits[2])
}
