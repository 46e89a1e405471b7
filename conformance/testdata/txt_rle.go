package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// encode produces count+rune pairs, e.g. "aaab" -> "3a1b". Works on runes.
func encode(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

var errFormat = errors.New("rle: malformed input")

func decode(s string) (string, error) {
	var b strings.Builder
	count := 0
	haveDigits := false
	for i, r := range s {
		if unicode.IsDigit(r) && r < 128 {
			count = count*10 + int(r-'0')
			haveDigits = true
			continue
		}
		if !haveDigits {
			return "", fmt.Errorf("%w: rune %q at byte %d has no count", errFormat, r, i)
		}
		b.WriteString(strings.Repeat(string(r), count))
		count, haveDigits = 0, false
	}
	if haveDigits {
		return "", fmt.Errorf("%w: dangling count %d", errFormat, count)
	}
	return b.String(), nil
}

// compactEncode omits counts of 1 and uses a byte-oriented scheme for ASCII text.
func compactEncode(s string) string {
	var out []byte
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		if n := j - i; n > 1 {
			out = strconv.AppendInt(out, int64(n), 10)
		}
		out = append(out, s[i])
		i = j
	}
	return string(out)
}

func main() {
	inputs := []string{
		"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"aaabccddddde",
		"",
		"x",
		"ééé日日本🙂🙂🙂🙂",
		"  ..  ",
	}
	for _, in := range inputs {
		enc := encode(in)
		dec, err := decode(enc)
		ratio := 0.0
		if len(in) > 0 {
			ratio = float64(len(enc)) / float64(len(in))
		}
		fmt.Printf("in=%q\n  enc=%q ratio=%.2f roundtrip=%v err=%v\n", in, enc, ratio, dec == in, err)
	}

	for _, s := range []string{"aaabccddddde", "abc", "zzzzzzzzzzzzzzz"} {
		fmt.Printf("compact(%q) = %q\n", s, compactEncode(s))
	}

	// Counts with multiple digits decode correctly.
	long, _ := decode("12a3b")
	fmt.Println("decode 12a3b:", long, len(long))

	bad := []string{"3a2", "ab", "10x2y3"}
	for _, s := range bad {
		out, err := decode(s)
		fmt.Printf("decode(%q) -> %q, %v, is errFormat: %v\n", s, out, err, errors.Is(err, errFormat))
	}

	// A mandatory payload must decode; this one does not, so we stop hard.
	payload := "4x3y2"
	res, err := decode(payload)
	if err != nil {
		fmt.Println("fatal: cannot decode payload", strconv.Quote(payload))
		panic(err)
	}
	fmt.Println("payload:", res)
}
