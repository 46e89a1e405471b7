// Command tool_url_builder assembles, parses and resolves URLs with net/url.
// No network access happens; everything is string manipulation.
package main

import (
	"fmt"
	"net/url"
	"strings"
)

// Builder accumulates the pieces of a URL, fluent style.
type Builder struct {
	u     url.URL
	query url.Values
}

func NewBuilder(scheme, host string) *Builder {
	return &Builder{u: url.URL{Scheme: scheme, Host: host}, query: url.Values{}}
}

func (b *Builder) Path(segments ...string) *Builder {
	escaped := make([]string, len(segments))
	for i, s := range segments {
		escaped[i] = url.PathEscape(s)
	}
	b.u.Path = "/" + strings.Join(segments, "/")
	b.u.RawPath = "/" + strings.Join(escaped, "/")
	return b
}

func (b *Builder) Param(key string, values ...string) *Builder {
	for _, v := range values {
		b.query.Add(key, v)
	}
	return b
}

func (b *Builder) Fragment(f string) *Builder {
	b.u.Fragment = f
	return b
}

// Build returns a copy so the builder can be reused.
func (b *Builder) Build() *url.URL {
	u := b.u
	u.RawQuery = b.query.Encode()
	return &u
}

func main() {
	b := NewBuilder("https", "api.example.com").
		Path("v1", "search", "go & rust").
		Param("q", "generic types", "iterators").
		Param("page", "2").
		Param("lang", "en").
		Fragment("results")
	u := b.Build()
	fmt.Println("built:   ", u)
	fmt.Println("path:    ", u.Path)
	fmt.Println("escaped: ", u.EscapedPath())
	fmt.Println("query:   ", u.RawQuery)

	raw := "https://user:secret@shop.example.org:8443/cart/items?id=42&id=7&sort=price#top"
	p, err := url.Parse(raw)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	fmt.Println("redacted:", p.Redacted())
	fmt.Printf("scheme=%q host=%q hostname=%q port=%q\n", p.Scheme, p.Host, p.Hostname(), p.Port())
	fmt.Printf("user=%q path=%q fragment=%q\n", p.User.Username(), p.Path, p.Fragment)
	q := p.Query()
	fmt.Printf("ids=%q sort=%q has(color)=%t\n", q["id"], q.Get("sort"), q.Has("color"))

	base, _ := url.Parse("https://example.com/docs/guide/intro.html")
	for _, ref := range []string{"setup.html", "../api/", "/index", "?v=2", "//cdn.example.net/x.js", "#faq"} {
		r, _ := url.Parse(ref)
		fmt.Printf("resolve %-24q -> %s\n", ref, base.ResolveReference(r))
	}

	fmt.Printf("QueryEscape: %s\n", url.QueryEscape("a b&c=d/é"))
	fmt.Printf("PathEscape:  %s\n", url.PathEscape("a b&c=d/é"))
	if s, err := url.QueryUnescape("100%25+sure%21"); err == nil {
		fmt.Printf("Unescape:    %q\n", s)
	}
	if _, err := url.Parse("http://[::1]:namedport"); err != nil {
		fmt.Printf("error type %T: %v\n", err, err)
	}
	vals, _ := url.ParseQuery("b=2&a=1&c=3&a=0")
	fmt.Println("re-encoded (sorted):", vals.Encode())
}
