package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrLength   = errors.New("isbn must have 10 digits")
	ErrChecksum = errors.New("isbn checksum mismatch")
)

type CharError struct {
	Pos  int
	Char rune
}

func (e CharError) Error() string {
	return fmt.Sprintf("invalid character %q at position %d", e.Char, e.Pos)
}

func Parse(isbn string) ([10]int, error) {
	var digits [10]int
	n := 0
	for i, r := range strings.ReplaceAll(isbn, "-", "") {
		if n >= 10 {
			return digits, ErrLength
		}
		switch {
		case r >= '0' && r <= '9':
			digits[n] = int(r - '0')
		case r == 'X' && n == 9:
			digits[n] = 10
		default:
			return digits, CharError{i, r}
		}
		n++
	}
	if n != 10 {
		return digits, ErrLength
	}
	sum := 0
	for i, d := range digits {
		sum += d * (10 - i)
	}
	if sum%11 != 0 {
		return digits, fmt.Errorf("sum %d: %w", sum, ErrChecksum)
	}
	return digits, nil
}

func main() {
	tests := []struct {
		in   string
		want error
	}{
		{"3-598-21508-8", nil},
		{"3-598-21508-9", ErrChecksum},
		{"3-598-21507-X", nil},
		{"3-598-21507-A", CharError{9, 'A'}},
		{"3-598-P1581-X", CharError{4, 'P'}},
		{"3-598-2X507-9", CharError{5, 'X'}},
		{"3598215088", nil},
		{"359821507X", nil},
		{"359821507", ErrLength},
		{"3598215078X", ErrLength},
		{"", ErrLength},
		{"00", ErrLength},
		{"3132P34035", CharError{4, 'P'}},
		{"98245726788", ErrLength},
	}
	for _, tc := range tests {
		digits, err := Parse(tc.in)
		var ok bool
		if tc.want == nil {
			ok = err == nil
		} else {
			// errors.Is compares with ==, which works for the comparable CharError too.
			ok = errors.Is(err, tc.want)
		}
		status := "PASS"
		if !ok {
			status = "FAIL"
		}
		if err != nil {
			var ce CharError
			kind := "sentinel"
			if errors.As(err, &ce) {
				kind = fmt.Sprintf("char@%d", ce.Pos)
			}
			fmt.Printf("%s %-16q error (%s): %v\n", status, tc.in, kind, err)
		} else {
			fmt.Printf("%s %-16q valid digits=%v\n", status, tc.in, digits)
		}
	}
}
