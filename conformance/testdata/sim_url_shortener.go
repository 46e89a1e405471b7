package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func encode(n uint64) string {
	var buf []byte
	for n > 0 {
		buf = append(buf, alphabet[n%uint64(len(alphabet))])
		n /= uint64(len(alphabet))
	}
	slices.Reverse(buf)
	return string(buf)
}

type NotFoundError struct{ Code string }

func (e NotFoundError) Error() string { return "short code " + e.Code + " not found" }

var ErrBadURL = errors.New("invalid URL")

type Shortener struct {
	counter uint64
	byCode  map[string]string
	byURL   map[string]string
	hits    map[string]int
}

func NewShortener(start uint64) *Shortener {
	return &Shortener{counter: start, byCode: map[string]string{}, byURL: map[string]string{}, hits: map[string]int{}}
}

func (s *Shortener) Shorten(url string) (string, error) {
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return "", fmt.Errorf("shorten %q: %w", url, ErrBadURL)
	}
	if code, ok := s.byURL[url]; ok {
		return code, nil
	}
	s.counter++
	code := encode(s.counter)
	s.byCode[code] = url
	s.byURL[url] = code
	return code, nil
}

func (s *Shortener) Resolve(code string) (string, error) {
	url, ok := s.byCode[code]
	if !ok {
		return "", NotFoundError{code}
	}
	s.hits[code]++
	return url, nil
}

func main() {
	s := NewShortener(3843)
	urls := []string{
		"https://go.dev/doc/effective_go",
		"https://pkg.go.dev/fmt",
		"ftp://old.example.com/file",
		"https://go.dev/doc/effective_go",
		"http://example.com/a?b=c",
	}
	for _, u := range urls {
		code, err := s.Shorten(u)
		if err != nil {
			fmt.Println("error:", err, "| bad url:", errors.Is(err, ErrBadURL))
			continue
		}
		fmt.Printf("%-34s => sho.rt/%s\n", u, code)
	}
	for _, code := range []string{"100", "101", "100", "zz", "102", "100"} {
		url, err := s.Resolve(code)
		var nf NotFoundError
		if errors.As(err, &nf) {
			fmt.Printf("resolve %-4s: %v (%T)\n", code, err, err)
			continue
		}
		fmt.Printf("resolve %-4s: %s\n", code, url)
	}
	codes := slices.Collect(maps.Keys(s.hits))
	slices.SortFunc(codes, func(a, b string) int {
		return cmp.Or(cmp.Compare(s.hits[b], s.hits[a]), strings.Compare(a, b))
	})
	for _, c := range codes {
		fmt.Printf("%s %d hit(s)\n", c, s.hits[c])
	}
	fmt.Println(encode(1), encode(61), encode(62), encode(1<<32))
}
