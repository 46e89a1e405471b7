package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Currency struct {
	Code     string
	Symbol   string
	Decimals int
	Group    string // thousands separator
	Point    string // decimal separator
	Suffix   bool   // symbol after the number
}

var currencies = []Currency{
	{"USD", "$", 2, ",", ".", false},
	{"EUR", "€", 2, ".", ",", true},
	{"JPY", "¥", 0, ",", ".", false},
	{"CHF", "CHF ", 2, "'", ".", false},
	{"KWD", "KD ", 3, ",", ".", false},
}

// groupDigits inserts sep every three digits from the right.
func groupDigits(digits, sep string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	lead := len(digits) % 3
	if lead > 0 {
		b.WriteString(digits[:lead])
	}
	for i := lead; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// Format renders an amount given in the smallest unit (cents, fils, yen).
func (c Currency) Format(minor int64) string {
	neg := minor < 0
	if neg {
		minor = -minor
	}
	s := strconv.FormatInt(minor, 10)
	if c.Decimals > 0 {
		for len(s) <= c.Decimals {
			s = "0" + s
		}
	}
	whole, frac := s[:len(s)-c.Decimals], s[len(s)-c.Decimals:]
	out := groupDigits(whole, c.Group)
	if frac != "" {
		out += c.Point + frac
	}
	if c.Suffix {
		out = out + " " + strings.TrimSpace(c.Symbol)
	} else {
		out = c.Symbol + out
	}
	if neg {
		out = "-" + out
	}
	return out
}

func main() {
	amounts := []int64{0, 5, 1234, 100000, 123456789, -4250075}
	for _, c := range currencies {
		fmt.Printf("%s:\n", c.Code)
		for _, a := range amounts {
			fmt.Printf("  %12d -> %q\n", a, c.Format(a))
		}
	}

	fmt.Println()
	fmt.Println(groupDigits("1", ","), groupDigits("1000", ","), groupDigits("9876543210", " "))
}
