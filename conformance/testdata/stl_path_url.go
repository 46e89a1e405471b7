package main

import (
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println("path.Join:", path.Join("a", "b/../c", "/d/", "e.txt"))
	fmt.Println("path.Clean:", path.Clean("/a/./b//c/../d/"), path.Clean(""))
	dir, file := path.Split("static/css/site.min.css")
	fmt.Println("path.Split:", dir, file)
	fmt.Println("path.Ext:", path.Ext("archive.tar.gz"), "Base:", path.Base("/x/y/z/"), "Dir:", path.Dir("/x/y/z"))
	fmt.Println("path.IsAbs:", path.IsAbs("/etc"), path.IsAbs("etc"))

	files := []string{"main.go", "main_test.go", "README.md", "docs/intro.md", "img/logo.png", "a.go.bak"}
	for _, p := range []string{"*.go", "*_test.go", "*.md", "docs/*", "[a-m]*", "?.go.bak", "*/*.png"} {
		var matched []string
		for _, f := range files {
			if ok, err := filepath.Match(p, f); err == nil && ok {
				matched = append(matched, f)
			}
		}
		fmt.Printf("match %-12q -> %v\n", p, matched)
	}
	_, err := filepath.Match("[", "x")
	fmt.Println("bad pattern:", err)

	p := filepath.Join("home", "gopher", "..", "alice", "notes.txt")
	fmt.Println("filepath.Join:", filepath.ToSlash(p))
	fmt.Println("Base/Ext/Dir:", filepath.Base(p), filepath.Ext(p), filepath.ToSlash(filepath.Dir(p)))
	fmt.Println("stem:", strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)))
	rel, err := filepath.Rel("/srv/app", "/srv/app/static/js/app.js")
	fmt.Println("Rel:", filepath.ToSlash(rel), err)
	up, _ := filepath.Rel("/srv/app/static", "/srv/lib")
	fmt.Println("Rel upward:", filepath.ToSlash(up))
	fmt.Println("FromSlash/ToSlash round trip:", filepath.ToSlash(filepath.FromSlash("a/b/c")))

	raw := "https://user:p%40ss@example.com:8443/api/v1/search?q=go+lang&tag=a&tag=b&empty=#results"
	u, err := url.Parse(raw)
	if err != nil {
		fmt.Println("parse failed:", err)
		return
	}
	pw, hasPw := u.User.Password()
	fmt.Println("scheme:", u.Scheme, "| user:", u.User.Username(), "| password:", pw, hasPw)
	fmt.Println("host:", u.Host, "| hostname:", u.Hostname(), "| port:", u.Port())
	fmt.Println("path:", u.Path, "| fragment:", u.Fragment, "| raw query:", u.RawQuery)
	q := u.Query()
	fmt.Println("q:", q.Get("q"), "| tags:", q["tag"], "| has empty:", q.Has("empty"), "| missing:", q.Get("nope") == "")
	q.Set("page", "2")
	q.Del("empty")
	q.Add("tag", "c d")
	u.RawQuery = q.Encode()
	u.Fragment = ""
	u.User = nil
	fmt.Println("rebuilt:", u)
	ref, _ := url.Parse("../v2/items?id=5")
	fmt.Println("resolved:", u.ResolveReference(ref))
	fmt.Println("request URI:", u.RequestURI(), "| abs:", u.IsAbs(), ref.IsAbs())

	fmt.Println("QueryEscape:", url.QueryEscape("a b&c=d/é"), "| PathEscape:", url.PathEscape("a b/c"))
	un, err := url.QueryUnescape("a%20b%2Bc+d")
	fmt.Printf("QueryUnescape: %q %v\n", un, err)
	_, err = url.QueryUnescape("%zz")
	fmt.Println("unescape error:", err)
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println("parse error:", err)
	_, err = url.Parse(":no-scheme")
	fmt.Println("parse error:", err)

	v := url.Values{}
	v.Add("name", "Ava Smith")
	v.Add("lang", "go")
	v.Add("lang", "c")
	fmt.Println("values:", v.Encode())
	joined, err := url.JoinPath("https://example.com/base/", "a", "../b", "c d")
	fmt.Println("JoinPath:", joined, err)
	m := &url.URL{Scheme: "mailto", Opaque: "gopher@example.com", RawQuery: "subject=hi"}
	fmt.Println("opaque:", m)
	pq, _ := url.ParseQuery("x=1&y=2&x=3")
	fmt.Println("ParseQuery:", pq)
}
