package main

import (
	"errors"
	"fmt"
	"strings"
)

var romanTable = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("%d out of range for roman numerals", n)
	}
	var b strings.Builder
	for _, e := range romanTable {
		for n >= e.value {
			b.WriteString(e.symbol)
			n -= e.value
		}
	}
	return b.String(), nil
}

func fromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("position %d: invalid roman digit %q (value %d)", i, s[i], v)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, _ := toRoman(total); back != s {
		return total, errors.New("non-canonical numeral " + s + ", expected " + back)
	}
	return total, nil
}

var ones = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func words(n int) string {
	switch {
	case n < 0:
		return "minus " + words(-n)
	case n < 20:
		return ones[n]
	case n < 100:
		if n%10 == 0 {
			return tens[n/10]
		}
		return tens[n/10] + "-" + ones[n%10]
	case n < 1000:
		if n%100 == 0 {
			return ones[n/100] + " hundred"
		}
		return ones[n/100] + " hundred and " + words(n%100)
	}
	for _, scale := range []struct {
		size int
		name string
	}{{1_000_000_000, "billion"}, {1_000_000, "million"}, {1000, "thousand"}} {
		if n >= scale.size {
			s := words(n/scale.size) + " " + scale.name
			if r := n % scale.size; r != 0 {
				s += " " + words(r)
			}
			return s
		}
	}
	return "?"
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%4d = %-12s %s\n", n, r, words(n))
	}
	for _, s := range []string{"MCMXCIV", "XLII", "IIII", "MMXZ", "IC"} {
		n, err := fromRoman(s)
		fmt.Printf("%-8s -> %d err=%v\n", s, n, err)
	}
	for _, n := range []int{-17, 100, 1001, 123456, 7000000, 2147483647} {
		fmt.Printf("%d: %s\n", n, words(n))
	}
}
