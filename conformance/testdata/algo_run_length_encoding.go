package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Encode compresses runs: "aaab" -> "3a1b".
func Encode(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

var ErrBadInput = errors.New("malformed RLE input")

// Decode reverses Encode.
func Decode(s string) (string, error) {
	var sb strings.Builder
	count := 0
	haveDigits := false
	for pos, r := range s {
		if unicode.IsDigit(r) {
			count = count*10 + int(r-'0')
			haveDigits = true
			continue
		}
		if !haveDigits {
			return "", fmt.Errorf("position %d (%q): %w", pos, r, ErrBadInput)
		}
		sb.WriteString(strings.Repeat(string(r), count))
		count, haveDigits = 0, false
	}
	if haveDigits {
		return "", fmt.Errorf("trailing count %d: %w", count, ErrBadInput)
	}
	return sb.String(), nil
}

type pair struct {
	Char  rune
	Count int
}

func runs(s string) []pair {
	var out []pair
	for _, r := range s {
		if n := len(out); n > 0 && out[n-1].Char == r {
			out[n-1].Count++
		} else {
			out = append(out, pair{r, 1})
		}
	}
	return out
}

func main() {
	inputs := []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "abc", "", "ééé→→x"}
	for _, in := range inputs {
		enc := Encode(in)
		dec, err := Decode(enc)
		fmt.Printf("%q\n  -> %q (ratio %.2f) roundtrip=%v err=%v\n",
			in, enc, ratio(in, enc), dec == in, err)
	}
	for _, bad := range []string{"3a2", "ab", "12x3"} {
		out, err := Decode(bad)
		fmt.Printf("Decode(%q) = %q, %v, bad=%t\n", bad, out, err, errors.Is(err, ErrBadInput))
	}
	fmt.Printf("%v\n", runs("mississippi"))
	fmt.Printf("%+v\n", runs("zzz")[0])
}

func ratio(a, b string) float64 {
	if len(a) == 0 {
		return 0
	}
	return float64(len(b)) / float64(len(a))
}
