package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
)

// SearchURL builds API URLs from a base plus path segments and filters.
type SearchURL struct {
	base    *url.URL
	segs    []string
	filters url.Values
}

func NewSearchURL(base string) (*SearchURL, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	return &SearchURL{base: u, filters: url.Values{}}, nil
}

func (s *SearchURL) Path(segs ...string) *SearchURL {
	s.segs = append(s.segs, segs...)
	return s
}

func (s *SearchURL) Filter(key string, vals ...string) *SearchURL {
	for _, v := range vals {
		s.filters.Add(key, v)
	}
	return s
}

func (s *SearchURL) String() string {
	u := s.base.JoinPath(s.segs...)
	u.RawQuery = s.filters.Encode()
	return u.String()
}

func echo(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "path=%q escaped=%q\n", r.URL.Path, r.URL.EscapedPath())
	q := r.URL.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "  %s=%q\n", k, q[k])
	}
}

func main() {
	s, err := NewSearchURL("https://api.example.com/v1/")
	if err != nil {
		panic(err)
	}
	s.Path("users", "ann smith", "posts").
		Filter("tag", "go", "c++").
		Filter("q", "a&b=c").
		Filter("sort", "-date")
	built := s.String()
	fmt.Println("built:", built)

	rec := httptest.NewRecorder()
	http.HandlerFunc(echo).ServeHTTP(rec, httptest.NewRequest("GET", built, nil))
	fmt.Print(rec.Body.String())

	fmt.Println("PathEscape: ", url.PathEscape("a b/c?d"))
	fmt.Println("QueryEscape:", url.QueryEscape("a b/c?d"))

	base, _ := url.Parse("https://example.com/docs/guide/intro.html?x=1")
	for _, ref := range []string{"setup.html", "../api/", "/root", "?page=2", "#top", "//cdn.example.net/lib.js"} {
		r, _ := url.Parse(ref)
		fmt.Printf("resolve %-26q -> %s\n", ref, base.ResolveReference(r))
	}

	secret, _ := url.Parse("postgres://admin:hunter2@db.local:5432/app?sslmode=disable")
	fmt.Println("redacted:", secret.Redacted())
	fmt.Println("host:", secret.Hostname(), "port:", secret.Port(), "user:", secret.User.Username())

	if _, err := url.Parse("http://[::1]:namedport"); err != nil {
		fmt.Println("parse error:", err)
	}
	if _, err := url.ParseQuery("a=1&b=%zz"); err != nil {
		fmt.Println("query error:", strings.TrimSpace(err.Error()))
	}
}
