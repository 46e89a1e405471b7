package main

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

type Params map[string]string

type Handler func(p Params, q url.Values) string

type route struct {
	method  string
	pattern []string
	handler Handler
}

type Router struct {
	routes []route
}

var ErrNotFound = errors.New("not found")
var ErrMethod = errors.New("method not allowed")

func split(path string) []string {
	return strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
}

func (r *Router) Handle(method, pattern string, h Handler) {
	r.routes = append(r.routes, route{method, split(pattern), h})
}

func match(pattern, parts []string) (Params, bool) {
	p := Params{}
	for i, seg := range pattern {
		if seg == "*" {
			p["*"] = strings.Join(parts[i:], "/")
			return p, true
		}
		if i >= len(parts) {
			return nil, false
		}
		if strings.HasPrefix(seg, ":") {
			p[seg[1:]] = parts[i]
		} else if seg != parts[i] {
			return nil, false
		}
	}
	return p, len(pattern) == len(parts)
}

func (r *Router) Serve(method, rawURL string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", err
	}
	parts := split(u.Path)
	pathMatched := false
	for _, rt := range r.routes {
		p, ok := match(rt.pattern, parts)
		if !ok {
			continue
		}
		pathMatched = true
		if rt.method == method {
			return rt.handler(p, u.Query()), nil
		}
	}
	if pathMatched {
		return "", fmt.Errorf("%s %s: %w", method, u.Path, ErrMethod)
	}
	return "", fmt.Errorf("%s %s: %w", method, u.Path, ErrNotFound)
}

func (p Params) String() string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "%s=%s", k, p[k])
	}
	return "{" + b.String() + "}"
}

func main() {
	r := &Router{}
	r.Handle("GET", "/users", func(p Params, q url.Values) string {
		return fmt.Sprintf("list users page=%s sort=%q", q.Get("page"), q["sort"])
	})
	r.Handle("GET", "/users/:id", func(p Params, q url.Values) string { return "show user " + p["id"] })
	r.Handle("DELETE", "/users/:id", func(p Params, q url.Values) string { return "delete user " + p["id"] })
	r.Handle("GET", "/users/:id/posts/:post", func(p Params, q url.Values) string {
		return fmt.Sprintf("post %v", p)
	})
	r.Handle("GET", "/search", func(p Params, q url.Values) string {
		return fmt.Sprintf("search q=%q has x: %t", q.Get("q"), q.Has("x"))
	})
	r.Handle("GET", "/static/*", func(p Params, q url.Values) string { return "file " + p["*"] })

	reqs := []struct{ method, url string }{
		{"GET", "/users?page=2&sort=name&sort=-age"},
		{"GET", "/users/42"},
		{"DELETE", "/users/42/"},
		{"POST", "/users/42"},
		{"GET", "/users/7/posts/hello-world"},
		{"GET", "/static/css/site.css"},
		{"GET", "/nope"},
		{"GET", "/search?q=go%20lang&x=%ZZ"},
		{"GET", "/users/caf%C3%A9"},
	}
	for _, rq := range reqs {
		out, err := r.Serve(rq.method, rq.url)
		status := 200
		switch {
		case errors.Is(err, ErrNotFound):
			status = 404
		case errors.Is(err, ErrMethod):
			status = 405
		case err != nil:
			status = 400
		}
		if err != nil {
			out = err.Error()
		}
		fmt.Printf("%-6s %-36s %d %s\n", rq.method, rq.url, status, out)
	}
	v := url.Values{}
	v.Set("name", "Ana María")
	v.Add("tag", "a&b")
	v.Add("tag", "c")
	fmt.Println("encoded:", v.Encode())
	fmt.Println("escaped path:", url.PathEscape("my file/name.txt"))
}
