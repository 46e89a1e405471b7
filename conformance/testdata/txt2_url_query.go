package main

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

type QueryBuilder struct {
	base   string
	params [][2]string
}

func NewQuery(base string) *QueryBuilder { return &QueryBuilder{base: base} }

func (q *QueryBuilder) Add(k, v string) *QueryBuilder {
	q.params = append(q.params, [2]string{k, v})
	return q
}

func (q *QueryBuilder) String() string {
	var b strings.Builder
	b.WriteString(q.base)
	for i, p := range q.params {
		if i == 0 {
			b.WriteByte('?')
		} else {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(p[0]))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(p[1]))
	}
	return b.String()
}

// parseQuery is a hand-written decoder that reports positions of bad escapes.
func parseQuery(raw string) (map[string][]string, error) {
	out := map[string][]string{}
	pos := 0
	for _, part := range strings.Split(raw, "&") {
		if part != "" {
			k, v, _ := strings.Cut(part, "=")
			key, err := url.QueryUnescape(k)
			if err != nil {
				return out, fmt.Errorf("offset %d: bad key %q", pos, k)
			}
			val, err := url.QueryUnescape(v)
			if err != nil {
				return out, fmt.Errorf("offset %d: bad value %q", pos+len(k)+1, v)
			}
			out[key] = append(out[key], val)
		}
		pos += len(part) + 1
	}
	return out, nil
}

func dump(m map[string][]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %q => %q\n", k, m[k])
	}
}

func main() {
	q := NewQuery("https://example.com/search").
		Add("q", "go & parsers").
		Add("lang", "en").
		Add("tag", "text/plain").
		Add("tag", "100%")
	s := q.String()
	fmt.Println(s)

	u, err := url.Parse(s)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	fmt.Println("scheme:", u.Scheme, "host:", u.Host, "path:", u.Path)
	mine, err := parseQuery(u.RawQuery)
	fmt.Println("hand parser, err =", err)
	dump(mine)
	std := u.Query()
	fmt.Println("std encode:", std.Encode())
	fmt.Printf("lang=%q page=%q has page=%v\n", std.Get("lang"), std.Get("page"), std.Has("page"))
	vals, ok := mine["page"]
	fmt.Printf("page values=%q ok=%v\n", vals, ok)

	for _, raw := range []string{"a=1&b=%zz", "x=%41%42&&y=", "%g=1"} {
		m, err := parseQuery(raw)
		fmt.Printf("%q: err=%v\n", raw, err)
		dump(m)
	}
}
