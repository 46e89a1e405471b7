package main

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func encode(n uint64) string {
	if n == 0 {
		return "0"
	}
	var buf []byte
	for n > 0 {
		buf = append(buf, alphabet[n%62])
		n /= 62
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

func decode(s string) (uint64, error) {
	var n uint64
	for _, c := range s {
		i := strings.IndexRune(alphabet, c)
		if i < 0 {
			return 0, fmt.Errorf("invalid character %q in %q", c, s)
		}
		n = n*62 + uint64(i)
	}
	return n, nil
}

var ErrUnknown = errors.New("unknown short code")

type Shortener struct {
	next   uint64
	byID   map[uint64]string
	byURL  map[string]string
	clicks map[string]int
}

func NewShortener(start uint64) *Shortener {
	return &Shortener{next: start, byID: map[uint64]string{}, byURL: map[string]string{}, clicks: map[string]int{}}
}

func (s *Shortener) Shorten(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("shorten: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("shorten %q: unsupported scheme %q", raw, u.Scheme)
	}
	u.Host = strings.ToLower(u.Host)
	norm := u.String()
	if code, ok := s.byURL[norm]; ok {
		return code, nil
	}
	code := encode(s.next)
	s.byID[s.next] = norm
	s.byURL[norm] = code
	s.next++
	return code, nil
}

func (s *Shortener) Expand(code string) (string, error) {
	id, err := decode(code)
	if err != nil {
		return "", err
	}
	target, ok := s.byID[id]
	if !ok {
		return "", fmt.Errorf("%s: %w", code, ErrUnknown)
	}
	s.clicks[code]++
	return target, nil
}

func main() {
	for _, n := range []uint64{0, 61, 62, 3843, 3844, 1<<32 - 1} {
		back, _ := decode(encode(n))
		fmt.Printf("%12d -> %-7s -> %d\n", n, encode(n), back)
	}
	s := NewShortener(125000)
	inputs := []string{
		"https://Example.com/a?q=1",
		"https://example.com/a?q=1",
		"http://go.dev/doc",
		"ftp://files.example.com",
		"https://go.dev/%zz",
		"https://pkg.go.dev/fmt#Printf",
	}
	for _, in := range inputs {
		code, err := s.Shorten(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-32s %s\n", in, code)
	}
	for _, c := range []string{"ww8", "ww8", "ww9", "wwa", "ww8", "zzzz", "a-b"} {
		t, err := s.Expand(c)
		if errors.Is(err, ErrUnknown) {
			fmt.Println("404", err)
		} else if err != nil {
			fmt.Println("400", err)
		} else {
			fmt.Printf("302 %s -> %s (clicks %d)\n", c, t, s.clicks[c])
		}
	}
}
