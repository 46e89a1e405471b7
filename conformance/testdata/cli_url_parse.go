package main

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
)

const links = `https://user:p%40ss@example.com:8443/a/b%20c/index.html?q=go+lang&tag=x&tag=y#top
http://example.org
mailto:gopher@golang.org
/relative/path?x=1
ftp://[::1]:21/pub/file.txt
https://example.com/%zz
::not a url
https://bücher.example/straße?ü=1`

func describe(u *url.URL) {
	fmt.Printf("  scheme=%q host=%q hostname=%q port=%q\n", u.Scheme, u.Host, u.Hostname(), u.Port())
	fmt.Printf("  path=%q rawpath=%q frag=%q opaque=%q abs=%v\n", u.Path, u.RawPath, u.Fragment, u.Opaque, u.IsAbs())
	if u.User != nil {
		pw, has := u.User.Password()
		fmt.Printf("  user=%q password=%q(%v) redacted=%s\n", u.User.Username(), pw, has, u.Redacted())
	}
	q := u.Query()
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range q {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		fmt.Printf("  query %s=%q\n", k, q[k])
	}
}

func main() {
	for line := range strings.SplitSeq(links, "\n") {
		fmt.Println(line)
		u, err := url.Parse(line)
		if err != nil {
			var ue *url.Error
			if errors.As(err, &ue) {
				fmt.Printf("  error op=%s err=%v\n", ue.Op, ue.Err)
			}
			continue
		}
		describe(u)
		fmt.Println("  string:", u.String())
	}

	base, _ := url.Parse("https://example.com/docs/guide/intro.html")
	for _, ref := range []string{"../api/", "setup.html#install", "/root", "//cdn.example.net/x.js", "?page=2"} {
		r, _ := url.Parse(ref)
		fmt.Printf("resolve %-24q -> %s\n", ref, base.ResolveReference(r))
	}

	v := url.Values{}
	v.Set("name", "Gopher Go")
	v.Add("lang", "go")
	v.Add("lang", "c++")
	v.Set("empty", "")
	fmt.Println(v.Encode(), v.Get("lang"), v.Has("missing"))
	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"))
	s, err := url.QueryUnescape("100%25+sure%21")
	fmt.Println(s, err)
	_, err = url.PathUnescape("bad%2")
	fmt.Println(err)
	u := &url.URL{Scheme: "https", Host: "api.example.com", Path: "/v1/items list", RawQuery: v.Encode()}
	fmt.Println(u, u.JoinPath("sub", "../x").Path)
}
