// Command tool_rle_codec run-length encodes and decodes strings such as
// "aaabcc" <-> "3ab2c", reporting malformed input with a custom error.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// DecodeError records where decoding failed.
type DecodeError struct {
	Input string
	Pos   int
	Err   error
}

func (e *DecodeError) Error() string {
	return fmt.Sprintf("decode %q at offset %d: %v", e.Input, e.Pos, e.Err)
}

func (e *DecodeError) Unwrap() error { return e.Err }

var (
	ErrDanglingCount = errors.New("count without a character")
	ErrZeroCount     = errors.New("zero repeat count")
)

func Encode(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if n := j - i; n > 1 {
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteRune(runes[i])
		i = j
	}
	return b.String()
}

func Decode(s string) (string, error) {
	var b strings.Builder
	count := 0
	for pos, r := range s {
		if r >= '0' && r <= '9' {
			count = count*10 + int(r-'0')
			if count == 0 {
				return "", &DecodeError{s, pos, ErrZeroCount}
			}
			continue
		}
		b.WriteString(strings.Repeat(string(r), max(count, 1)))
		count = 0
	}
	if count > 0 {
		return "", &DecodeError{s, len(s), ErrDanglingCount}
	}
	return b.String(), nil
}

func main() {
	samples := []string{
		"aaabccddddde",
		"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"abc",
		"ééé→→ok",
		"",
	}
	fmt.Println("encode:")
	for _, s := range samples {
		enc := Encode(s)
		dec, err := Decode(enc)
		ratio := 0.0
		if len(s) > 0 {
			ratio = float64(len(enc)) / float64(len(s))
		}
		fmt.Printf("  %q\n    -> %q (ratio %.2f, roundtrip %t, err %v)\n", s, enc, ratio, dec == s, err)
	}
	fmt.Println("decode:")
	for _, in := range []string{"3a2b1c", "12x", "ab4", "a0b", "2→3é"} {
		out, err := Decode(in)
		var de *DecodeError
		switch {
		case errors.Is(err, ErrDanglingCount):
			fmt.Printf("  %-8q dangling: %v\n", in, err)
		case errors.As(err, &de):
			fmt.Printf("  %-8q failed at %d: %v\n", in, de.Pos, de.Err)
		default:
			fmt.Printf("  %-8q => %q\n", in, out)
		}
	}
}
