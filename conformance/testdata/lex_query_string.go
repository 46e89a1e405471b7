// A URL query-string parser with percent-decoding, compared against net/url.
package main

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
)

type DecodeError struct {
	Offset int
	Seq    string
}

func (e *DecodeError) Error() string {
	return fmt.Sprintf("bad escape %q at offset %d", e.Seq, e.Offset)
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func unescape(s string, base int) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b.WriteByte(' ')
		case '%':
			if i+2 >= len(s) {
				return "", &DecodeError{base + i, s[i:]}
			}
			hi, ok1 := unhex(s[i+1])
			lo, ok2 := unhex(s[i+2])
			if !ok1 || !ok2 {
				return "", &DecodeError{base + i, s[i : i+3]}
			}
			b.WriteByte(hi<<4 | lo)
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

type Values map[string][]string

func (v Values) Add(k, val string) { v[k] = append(v[k], val) }

func (v Values) Get(k string) string {
	if vs := v[k]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

func ParseQuery(q string) (Values, error) {
	vals := Values{}
	offset := 0
	for pair := range strings.SplitSeq(q, "&") {
		start := offset
		offset += len(pair) + 1
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		key, err := unescape(k, start)
		if err != nil {
			return nil, err
		}
		val, err := unescape(v, start+len(k)+1)
		if err != nil {
			return nil, err
		}
		vals.Add(key, val)
	}
	return vals, nil
}

func main() {
	queries := []string{
		"a=1&b=2&a=3",
		"name=Jos%C3%A9+Garc%C3%ADa&lang=go",
		"q=1%2B1%3D2&empty=&flag",
		"x=%41%62%63&&y=%7e",
		"bad=%zz",
		"short=abc%4",
	}
	for _, q := range queries {
		fmt.Printf("query %q\n", q)
		vals, err := ParseQuery(q)
		if err != nil {
			fmt.Println("  error:", err)
			_, stdErr := url.ParseQuery(q)
			fmt.Println("  net/url agrees it fails:", stdErr != nil)
			continue
		}
		keys := slices.Sorted(maps.Keys(vals))
		for _, k := range keys {
			fmt.Printf("  %-6s %q\n", k, vals[k])
		}
		std, _ := url.ParseQuery(q)
		same := len(std) == len(vals)
		for k, vs := range std {
			same = same && slices.Equal(vs, vals[k])
		}
		fmt.Printf("  matches net/url: %v; Get(%q) = %q\n", same, keys[0], vals.Get(keys[0]))
	}
}
