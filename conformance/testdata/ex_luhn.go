package main

import (
	"fmt"
	"strings"
)

func Valid(id string) bool {
	id = strings.ReplaceAll(id, " ", "")
	if len(id) <= 1 {
		return false
	}
	sum := 0
	double := false
	for i := len(id) - 1; i >= 0; i-- {
		c := id[i]
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// CheckDigit computes the digit to append to make payload valid.
func CheckDigit(payload string) byte {
	for d := byte('0'); d <= '9'; d++ {
		if Valid(payload + string(d)) {
			return d
		}
	}
	return '?'
}

func main() {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"single digit", "1", false},
		{"single zero", "0", false},
		{"simple reversible", "059", true},
		{"simple valid", "59", true},
		{"canadian SIN", "055 444 285", true},
		{"invalid canadian SIN", "055 444 286", false},
		{"invalid credit card", "8273 1232 7352 0569", false},
		{"valid with even digits", "095 245 88", true},
		{"odd digits valid", "234 567 891 234", true},
		{"non digit", "055a 444 285", false},
		{"punctuation", "055-444-285", false},
		{"symbols", "055# 444$ 285", false},
		{"single zero with space", " 0", false},
		{"more zeros", "0000 0", true},
		{"nine doubled", "091", true},
	}
	pass := 0
	for _, tc := range tests {
		got := Valid(tc.in)
		mark := "FAIL"
		if got == tc.want {
			mark = "PASS"
			pass++
		}
		fmt.Printf("%s %-24s %-22q valid=%t\n", mark, tc.name, tc.in, got)
	}
	fmt.Printf("%d of %d\n", pass, len(tests))
	for _, p := range []string{"7992739871", "4539 3195 0343 643", "12"} {
		fmt.Printf("check digit for %q: %c\n", p, CheckDigit(p))
	}
}
