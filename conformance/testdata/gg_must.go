package main

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// Must panics if err is non-nil, otherwise returns v.
func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Must2 is the two-value flavour.
func Must2[A, B any](a A, b B, err error) (A, B) {
	if err != nil {
		panic(err)
	}
	return a, b
}

// Try runs f and converts a panic into an error.
func Try[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("recovered: %w", e)
				return
			}
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

var (
	wordRE    = Must(regexp.Compile(`[a-z]+`))
	baseURL   = Must(url.Parse("https://example.com/api/v1/"))
	maxItems  = Must(strconv.Atoi("25"))
	defaultsM = func() map[string]int {
		m := make(map[string]int)
		for i, k := range []string{"low", "mid", "high"} {
			m[k] = (i + 1) * 10
		}
		return m
	}()
)

func splitHostPort(s string) (string, int, error) {
	host, port, ok := strings.Cut(s, ":")
	if !ok {
		return "", 0, errors.New("missing port in " + strconv.Quote(s))
	}
	p, err := strconv.Atoi(port)
	return host, p, err
}

func main() {
	fmt.Println("words:", wordRE.FindAllString("Hello generic world 42 times", -1))
	fmt.Println("url:", baseURL.JoinPath("users", "7"))
	fmt.Println("max items:", maxItems)
	fmt.Println("defaults:", defaultsM)

	host, port := Must2(splitHostPort("localhost:8080"))
	fmt.Printf("host=%q port=%d\n", host, port)

	n, err := Try(func() int { return Must(strconv.Atoi("12x")) })
	fmt.Println("try atoi:", n, err)
	var numErr *strconv.NumError
	fmt.Println("is NumError:", errors.As(err, &numErr))

	v, err := Try(func() int { return Must(strconv.Atoi("99")) * 2 })
	fmt.Println("try ok:", v, err)

	s, err := Try(func() string {
		h, p := Must2(splitHostPort("nohost"))
		return fmt.Sprint(h, p)
	})
	fmt.Printf("try split: %q err=%v\n", s, err)

	idx, err := Try(func() int {
		xs := []int{1, 2, 3}
		i := 5
		return xs[i]
	})
	fmt.Println("try index:", idx, err != nil)

	r, err := Try(func() *regexp.Regexp { return Must(regexp.Compile(`(unclosed`)) })
	fmt.Println("bad regexp nil:", r == nil, "err:", err)
}
