package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var ErrMalformed = errors.New("malformed rle input")

type DecodeError struct {
	Pos int
	Err error
}

func (e *DecodeError) Error() string { return fmt.Sprintf("at byte %d: %v", e.Pos, e.Err) }
func (e *DecodeError) Unwrap() error { return e.Err }

// Encode writes runs as <count><rune>, e.g. "aaab" -> "3a1b".
func Encode(s string) string {
	var b strings.Builder
	var prev rune
	n := 0
	flush := func() {
		if n > 0 {
			b.WriteString(strconv.Itoa(n))
			b.WriteRune(prev)
		}
	}
	for _, r := range s {
		if r == prev && n > 0 {
			n++
			continue
		}
		flush()
		prev, n = r, 1
	}
	flush()
	return b.String()
}

func Decode(s string) (string, error) {
	var b strings.Builder
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			return "", &DecodeError{i, fmt.Errorf("missing count: %w", ErrMalformed)}
		}
		n, err := strconv.Atoi(s[i:j])
		if err != nil {
			return "", &DecodeError{i, err}
		}
		if j >= len(s) {
			return "", &DecodeError{j, fmt.Errorf("count without symbol: %w", ErrMalformed)}
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsDigit(r) {
			return "", &DecodeError{j, ErrMalformed}
		}
		b.WriteString(strings.Repeat(string(r), n))
		i = j + size
	}
	return b.String(), nil
}

func main() {
	inputs := []string{
		"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"aaabccddddd",
		"abc",
		"ééé☃☃x",
		"",
	}
	for _, in := range inputs {
		enc := Encode(in)
		dec, err := Decode(enc)
		ratio := 0.0
		if len(in) > 0 {
			ratio = float64(len(enc)) / float64(len(in))
		}
		fmt.Printf("in=%q\n  enc=%q ratio=%.2f roundtrip=%t err=%v\n", in, enc, ratio, dec == in, err)
	}

	for _, bad := range []string{"3a2", "x4", "2a12", "99999999999999999999z"} {
		_, err := Decode(bad)
		var de *DecodeError
		if errors.As(err, &de) {
			fmt.Printf("decode %-24q -> pos=%d malformed=%t msg=%v\n", bad, de.Pos, errors.Is(err, ErrMalformed), err)
		}
	}
}
