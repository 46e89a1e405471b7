package main

import (
	"errors"
	"fmt"
)

var ErrEmptyStrand = errors.New("empty strand")

type LengthError struct {
	A, B int
}

func (e *LengthError) Error() string {
	return fmt.Sprintf("strands differ in length: %d vs %d", e.A, e.B)
}

func Distance(a, b string) (int, error) {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return 0, &LengthError{len(ra), len(rb)}
	}
	if len(ra) == 0 {
		return 0, ErrEmptyStrand
	}
	d := 0
	for i := range ra {
		if ra[i] != rb[i] {
			d++
		}
	}
	return d, nil
}

func main() {
	tests := []struct {
		name    string
		a, b    string
		want    int
		wantErr bool
	}{
		{"empty strands", "", "", 0, true},
		{"single identical", "A", "A", 0, false},
		{"single different", "G", "T", 1, false},
		{"long identical", "GGACTGAAATCTG", "GGACTGAAATCTG", 0, false},
		{"long different", "GGACGGATTCTG", "AGGACGGATTCT", 9, false},
		{"first longer", "AATG", "AAA", 0, true},
		{"second longer", "ATA", "AGTG", 0, true},
		{"unicode runes", "ÄÖÜ", "ÄOÜ", 1, false},
	}
	for _, tc := range tests {
		got, err := Distance(tc.a, tc.b)
		ok := (err != nil) == tc.wantErr && got == tc.want
		status := "PASS"
		if !ok {
			status = "FAIL"
		}
		switch {
		case errors.Is(err, ErrEmptyStrand):
			fmt.Printf("%s %-18s sentinel: %v\n", status, tc.name, err)
		case err != nil:
			var le *LengthError
			if errors.As(err, &le) {
				fmt.Printf("%s %-18s length error (A=%d, B=%d): %v\n", status, tc.name, le.A, le.B, err)
			} else {
				fmt.Printf("%s %-18s unexpected: %v\n", status, tc.name, err)
			}
		default:
			fmt.Printf("%s %-18s distance=%d\n", status, tc.name, got)
		}
	}
	wrapped := fmt.Errorf("comparing batch 7: %w", ErrEmptyStrand)
	fmt.Println("wrapped:", wrapped, "| is empty:", errors.Is(wrapped, ErrEmptyStrand), "| direct ==:", wrapped == ErrEmptyStrand)
}
