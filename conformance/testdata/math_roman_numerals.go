package main

import (
	"errors"
	"fmt"
	"strings"
)

type Roman int

var table = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrOutOfRange = errors.New("roman numerals cover 1..3999")

type InvalidNumeralError struct {
	Numeral string
	Pos     int
}

func (e InvalidNumeralError) Error() string {
	return fmt.Sprintf("invalid numeral %q at position %d", e.Numeral, e.Pos)
}

func (r Roman) String() string {
	if r < 1 || r > 3999 {
		return fmt.Sprintf("Roman(%d)", int(r))
	}
	var sb strings.Builder
	n := int(r)
	for _, t := range table {
		sb.WriteString(strings.Repeat(t.symbol, n/t.value))
		n %= t.value
	}
	return sb.String()
}

func ParseRoman(s string) (Roman, error) {
	values := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, InvalidNumeralError{s, i}
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	r := Roman(total)
	if r < 1 || r > 3999 {
		return 0, fmt.Errorf("parse %q: %w", s, ErrOutOfRange)
	}
	// reject non-canonical forms like IIII or IC
	if r.String() != s {
		return r, InvalidNumeralError{s, -1}
	}
	return r, nil
}

func main() {
	for _, n := range []Roman{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		fmt.Printf("%5d -> %v\n", int(n), n)
	}
	inputs := []string{"MCMXCIV", "XLII", "MMMCMXCIX", "IIII", "IC", "ABC", "", "MMMM"}
	for _, s := range inputs {
		r, err := ParseRoman(s)
		var inv InvalidNumeralError
		switch {
		case errors.Is(err, ErrOutOfRange):
			fmt.Printf("%-10q out of range: %v\n", s, err)
		case errors.As(err, &inv) && inv.Pos < 0:
			fmt.Printf("%-10q non-canonical, value %d, canonical %s\n", s, int(r), r)
		case err != nil:
			fmt.Printf("%-10q error: %v\n", s, err)
		default:
			fmt.Printf("%-10q = %d\n", s, int(r))
		}
	}
	ok, longest := 0, Roman(1)
	for n := Roman(1); n <= 3999; n++ {
		back, err := ParseRoman(n.String())
		if err == nil && back == n {
			ok++
		}
		if len(n.String()) > len(longest.String()) {
			longest = n
		}
	}
	fmt.Printf("round trips ok: %d, longest: %d = %s (%d chars)\n", ok, int(longest), longest, len(longest.String()))
	fmt.Printf("%v %s %d %T\n", Roman(2026), Roman(7), Roman(7), Roman(7))
}
