package main

import (
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

type Search struct {
	Query    string
	Page     int
	PerPage  int
	Tags     []string
	Exact    bool
	Language string
}

var ErrInvalidParam = errors.New("invalid parameter")

func intParam(v url.Values, key string, def, lo, hi int) (int, error) {
	s := v.Get(key)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%s=%q: %w (%w)", key, s, ErrInvalidParam, err)
	}
	if n < lo || n > hi {
		return 0, fmt.Errorf("%s=%d not in [%d,%d]: %w", key, n, lo, hi, ErrInvalidParam)
	}
	return n, nil
}

func ParseSearch(rawURL string) (Search, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return Search{}, err
	}
	v := u.Query()
	s := Search{Query: v.Get("q"), Tags: v["tag"], Exact: v.Has("exact"), Language: cmp.Or(v.Get("lang"), "en")}
	if s.Page, err = intParam(v, "page", 1, 1, 1000); err != nil {
		return s, err
	}
	if s.PerPage, err = intParam(v, "per_page", 20, 1, 100); err != nil {
		return s, err
	}
	return s, nil
}

func main() {
	inputs := []string{
		"https://example.com/search?q=go+generics&page=2&tag=lang&tag=go%201.26&exact",
		"/search?q=caf%C3%A9%20cr%C3%A8me&lang=fr&per_page=50#results",
		"/search?page=abc",
		"/search?per_page=500",
		"/search?q=%zz&page=3", // bad escape: Query() drops the pair
		"http://[::1:bad/",
	}
	for _, in := range inputs {
		s, err := ParseSearch(in)
		var numErr *strconv.NumError
		switch {
		case errors.As(err, &numErr):
			fmt.Printf("bad number (%s): %v\n", numErr.Func, err)
		case errors.Is(err, ErrInvalidParam):
			fmt.Println("out of range:", err)
		case err != nil:
			fmt.Println("parse error:", err)
		default:
			fmt.Printf("%+v\n", s)
		}
	}

	u, _ := url.Parse("https://user:pw@api.example.com:8443/v1/items/caf%C3%A9?sort=desc&limit=10#top")
	fmt.Println("scheme:", u.Scheme, "host:", u.Hostname(), "port:", u.Port())
	fmt.Println("user:", u.User.Username(), "path:", u.Path, "raw path:", u.EscapedPath(), "fragment:", u.Fragment)

	v := url.Values{}
	v.Set("name", "Ada Lovelace")
	v.Add("lang", "go")
	v.Add("lang", "c++")
	v.Set("emoji", "✓ & ok")
	fmt.Println(v.Encode())
	fmt.Println(url.QueryEscape("a b/c?d"), url.PathEscape("a b/c?d"))
	parsed, _ := url.ParseQuery("x=1&y=2&x=3&z")
	fmt.Println(parsed, strings.Join(parsed["x"], "|"))
}
