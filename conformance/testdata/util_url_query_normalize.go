package main

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
)

var trackingParams = map[string]bool{
	"utm_source": true, "utm_medium": true, "utm_campaign": true, "fbclid": true,
}

// Normalize lowercases scheme and host, strips default ports, tracking
// parameters and fragments, and sorts the query string.
func Normalize(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("normalize %q: %w", raw, err)
	}
	if u.Scheme == "" || u.Host == "" {
		return "", fmt.Errorf("normalize %q: not an absolute URL", raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	if u.Path == "" {
		u.Path = "/"
	}
	q := u.Query()
	for k := range q {
		if trackingParams[k] {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode() // Encode sorts by key
	u.Fragment = ""
	return u.String(), nil
}

func main() {
	inputs := []string{
		"HTTPS://Example.COM:443/Search?q=go+lang&utm_source=news&a=1#results",
		"http://example.com:8080?b=2&a=1&a=0",
		"https://user:pa%20ss@api.example.com/v1/items/42?fields=name,price",
		"/relative/path?x=1",
		"http://bad host.com/",
	}
	for _, in := range inputs {
		out, err := Normalize(in)
		if err != nil {
			fmt.Println("ERR ", err)
			continue
		}
		fmt.Println("OK  ", out)
	}

	u, _ := url.Parse("https://user:pa%20ss@api.example.com/v1/items/42?fields=name,price&tag=a&tag=b")
	pw, _ := u.User.Password()
	fmt.Printf("user=%s password=%q host=%s path=%s\n", u.User.Username(), pw, u.Host, u.Path)
	q := u.Query()
	keys := slices.Sorted(maps.Keys(q))
	for _, k := range keys {
		fmt.Printf("  %s = %v\n", k, q[k])
	}

	base, _ := url.Parse("https://example.com/docs/guide/intro.html")
	for _, ref := range []string{"../api/", "setup.html#step2", "/about", "//cdn.example.com/x.js"} {
		r, _ := url.Parse(ref)
		fmt.Printf("%-24s -> %s\n", ref, base.ResolveReference(r))
	}

	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"))
}
