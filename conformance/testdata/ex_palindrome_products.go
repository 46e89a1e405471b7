package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrRange = errors.New("min must be <= max")

type Product struct {
	Value          int
	Factorizations [][2]int
}

func (p Product) String() string {
	return fmt.Sprintf("%d %v", p.Value, p.Factorizations)
}

func isPalindrome(n int) bool {
	s := strconv.Itoa(n)
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

type NoPalindromeError struct{ Min, Max int }

func (e NoPalindromeError) Error() string {
	return fmt.Sprintf("no palindromes in [%d, %d]", e.Min, e.Max)
}

func Products(fmin, fmax int) (pmin, pmax Product, err error) {
	if fmin > fmax {
		err = fmt.Errorf("Products(%d, %d): %w", fmin, fmax, ErrRange)
		return
	}
	found := false
	for a := fmin; a <= fmax; a++ {
		for b := a; b <= fmax; b++ {
			p := a * b
			if !isPalindrome(p) {
				continue
			}
			f := [2]int{a, b}
			if !found || p < pmin.Value {
				pmin = Product{p, [][2]int{f}}
			} else if p == pmin.Value {
				pmin.Factorizations = append(pmin.Factorizations, f)
			}
			if !found || p > pmax.Value {
				pmax = Product{p, [][2]int{f}}
			} else if p == pmax.Value {
				pmax.Factorizations = append(pmax.Factorizations, f)
			}
			found = true
		}
	}
	if !found {
		err = NoPalindromeError{fmin, fmax}
	}
	return
}

func main() {
	tests := []struct {
		fmin, fmax       int
		wantMin, wantMax string
		wantErr          error
	}{
		{1, 9, "1 [[1 1]]", "9 [[1 9] [3 3]]", nil},
		{10, 99, "121 [[11 11]]", "9009 [[91 99]]", nil},
		{100, 999, "10201 [[101 101]]", "906609 [[913 993]]", nil},
		{1002, 1003, "", "", NoPalindromeError{1002, 1003}},
		{15, 15, "", "", NoPalindromeError{15, 15}},
		{10000, 1, "", "", ErrRange},
	}
	for _, tc := range tests {
		pmin, pmax, err := Products(tc.fmin, tc.fmax)
		if err != nil {
			status := "PASS"
			if !errors.Is(err, tc.wantErr) {
				status = "FAIL"
			}
			var npe NoPalindromeError
			fmt.Printf("%s [%d,%d] error: %v (none-found=%t)\n", status, tc.fmin, tc.fmax, err, errors.As(err, &npe))
			continue
		}
		status := "PASS"
		if pmin.String() != tc.wantMin || pmax.String() != tc.wantMax || tc.wantErr != nil {
			status = "FAIL"
		}
		fmt.Printf("%s [%d,%d] smallest=%v largest=%v\n", status, tc.fmin, tc.fmax, pmin, pmax)
	}
}
