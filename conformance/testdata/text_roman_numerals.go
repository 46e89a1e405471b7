package main

import (
	"errors"
	"fmt"
	"strings"
)

type numeral struct {
	value  int
	symbol string
}

var numerals = []numeral{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range 1..3999")

type InvalidRomanError struct {
	Input string
	Pos   int
	Char  byte
}

func (e *InvalidRomanError) Error() string {
	return fmt.Sprintf("invalid roman numeral %q: bad char %q at %d", e.Input, e.Char, e.Pos)
}

func ToRoman(n int) (string, error) {
	if n < 1 || n > 3999 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var b strings.Builder
	for _, nm := range numerals {
		for n >= nm.value {
			b.WriteString(nm.symbol)
			n -= nm.value
		}
	}
	return b.String(), nil
}

var values = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func FromRoman(s string) (int, error) {
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, &InvalidRomanError{s, i, s[i]}
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// Reject non-canonical forms such as "IIII" or "IC" by converting back.
	if canon, err := ToRoman(total); err != nil || canon != s {
		return 0, fmt.Errorf("non-canonical numeral %q (canonical %q)", s, canon)
	}
	return total, nil
}

func main() {
	passed, failed := 0, 0
	check := func(name string, got, want any) {
		status := "PASS"
		if got != want {
			status = "FAIL"
			failed++
		} else {
			passed++
		}
		fmt.Printf("%-4s %-22s got=%-10v want=%v\n", status, name, got, want)
	}
	cases := map[int]string{1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 90: "XC",
		400: "CD", 1994: "MCMXCIV", 2024: "MMXXIV", 3999: "MMMCMXCIX"}
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r, _ := ToRoman(n)
		check(fmt.Sprintf("ToRoman(%d)", n), r, cases[n])
		back, _ := FromRoman(r)
		check(fmt.Sprintf("FromRoman(%q)", r), back, n)
	}
	for n := 1; n <= 3999; n++ {
		r, _ := ToRoman(n)
		if back, err := FromRoman(r); err != nil || back != n {
			fmt.Println("round trip failed for", n)
		}
	}
	fmt.Printf("all 3999 round trips checked; %d passed, %d failed\n", passed, failed)

	for _, bad := range []string{"IIII", "IC", "MCMZ", "", "mcm"} {
		_, err := FromRoman(bad)
		var ir *InvalidRomanError
		fmt.Printf("%-6q -> %v (invalid char: %t)\n", bad, err, errors.As(err, &ir))
	}
	_, err := ToRoman(4000)
	fmt.Println(err, errors.Is(err, ErrRange))
}
