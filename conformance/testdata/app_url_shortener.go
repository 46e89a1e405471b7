package main

import (
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"sort"
	"strings"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func base62(n uint64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append(b, alphabet[n%62])
		n /= 62
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

var (
	ErrInvalidURL = errors.New("invalid url")
	ErrAliasTaken = errors.New("alias already taken")
	ErrNotFound   = errors.New("short code not found")
)

type entry struct {
	long string
	hits int
}

type Shortener struct {
	counter uint64
	codes   map[string]*entry
	byLong  map[string]string
}

func NewShortener(start uint64) *Shortener {
	return &Shortener{counter: start, codes: map[string]*entry{}, byLong: map[string]string{}}
}

func normalize(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrInvalidURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("%w: %q needs http(s) scheme and host", ErrInvalidURL, raw)
	}
	u.Host = strings.ToLower(u.Host)
	return u.String(), nil
}

func (s *Shortener) Shorten(raw, alias string) (string, error) {
	long, err := normalize(raw)
	if err != nil {
		return "", err
	}
	if code, ok := s.byLong[long]; ok && alias == "" {
		return code, nil
	}
	code := alias
	if code == "" {
		s.counter++
		code = base62(s.counter)
	} else if _, taken := s.codes[code]; taken {
		return "", fmt.Errorf("alias %q: %w", alias, ErrAliasTaken)
	}
	s.codes[code] = &entry{long: long}
	s.byLong[long] = code
	return code, nil
}

func (s *Shortener) Resolve(code string) (string, error) {
	e, ok := s.codes[code]
	if !ok {
		return "", fmt.Errorf("resolve %q: %w", code, ErrNotFound)
	}
	e.hits++
	return e.long, nil
}

func checksum(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func main() {
	s := NewShortener(123456)
	inputs := []struct{ url, alias string }{
		{"https://go.dev/doc/effective_go", ""},
		{"https://GO.dev/doc/effective_go", ""},
		{"http://example.com/a/very/long/path?q=1", ""},
		{"https://pkg.go.dev/fmt", "fmt"},
		{"https://pkg.go.dev/strings", "fmt"},
		{"ftp://files.example.com", ""},
		{"not a url", ""},
		{"https://github.com/golang/go/issues", ""},
	}
	for _, in := range inputs {
		code, err := s.Shorten(in.url, in.alias)
		switch {
		case errors.Is(err, ErrInvalidURL):
			fmt.Printf("rejected  %-42q %v\n", in.url, err)
		case errors.Is(err, ErrAliasTaken):
			fmt.Printf("conflict  %-42q %v\n", in.url, err)
		default:
			fmt.Printf("shortened %-42q -> /%s\n", in.url, code)
		}
	}
	for _, code := range []string{"w7f", "fmt", "w7f", "zzz", "w7h", "w7f", "fmt"} {
		long, err := s.Resolve(code)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("GET /%-4s 302 Location: %s\n", code, long)
	}
	codes := make([]string, 0, len(s.codes))
	for c := range s.codes {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		a, b := s.codes[codes[i]], s.codes[codes[j]]
		if a.hits != b.hits {
			return a.hits > b.hits
		}
		return codes[i] < codes[j]
	})
	fmt.Println("--- stats ---")
	for _, c := range codes {
		fmt.Printf("/%-4s hits=%d crc=%08x %s\n", c, s.codes[c].hits, checksum(s.codes[c].long), s.codes[c].long)
	}
	fmt.Printf("base62 samples: %s %s %s\n", base62(0), base62(61), base62(62*62))
}
