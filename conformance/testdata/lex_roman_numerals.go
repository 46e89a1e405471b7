// Lexing and parsing Roman numerals with validation, plus formatting back.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Numeral int

var table = []struct {
	Value  int
	Symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func (n Numeral) String() string {
	if n <= 0 || n >= 4000 {
		return fmt.Sprintf("Numeral(%d)", int(n))
	}
	var sb strings.Builder
	v := int(n)
	for _, e := range table {
		for v >= e.Value {
			sb.WriteString(e.Symbol)
			v -= e.Value
		}
	}
	return sb.String()
}

type RomanError struct {
	Input string
	Pos   int
	Char  rune
}

func (e *RomanError) Error() string {
	return fmt.Sprintf("invalid roman numeral %q: bad %q at %d", e.Input, e.Char, e.Pos)
}

var ErrNonCanonical = errors.New("non-canonical form")

var digit = map[rune]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

// Parse uses the subtractive rule, then checks the round trip for canonical form.
func Parse(s string) (Numeral, error) {
	rs := []rune(strings.ToUpper(s))
	total := 0
	for i, r := range rs {
		v, ok := digit[r]
		if !ok {
			return 0, &RomanError{s, i, r}
		}
		if i+1 < len(rs) && digit[rs[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	n := Numeral(total)
	if n.String() != string(rs) {
		return n, fmt.Errorf("%q (should be %v): %w", s, n, ErrNonCanonical)
	}
	return n, nil
}

func main() {
	for _, n := range []Numeral{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0} {
		fmt.Printf("%4d -> %v\n", int(n), n)
	}
	fmt.Println("nums as slice:", []Numeral{3, 7, 12})
	inputs := []string{"XIV", "mcmxciv", "MMXXIV", "IIII", "VX", "IC", "X1V", ""}
	for _, in := range inputs {
		n, err := Parse(in)
		var re *RomanError
		switch {
		case in == "":
			fmt.Printf("%-8q empty -> %v (err: %v)\n", in, n, err != nil)
		case errors.As(err, &re):
			fmt.Printf("%-8q lex error at %d (%c)\n", in, re.Pos, re.Char)
		case errors.Is(err, ErrNonCanonical):
			fmt.Printf("%-8q value %d but %v\n", in, int(n), err)
		default:
			fmt.Printf("%-8q = %d\n", in, int(n))
		}
	}
	sum := 0
	for i := range 10 {
		n, _ := Parse(Numeral(i + 1).String())
		sum += int(n)
	}
	fmt.Printf("round trip sum 1..10 = %d, %T\n", sum, Numeral(0))
}
