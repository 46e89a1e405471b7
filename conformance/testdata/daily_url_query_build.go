package main

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

type SearchParams struct {
	Query    string
	Tags     []string
	Page     int
	PerPage  int
	SortDesc bool
}

func (p SearchParams) Encode() string {
	v := url.Values{}
	if p.Query != "" {
		v.Set("q", p.Query)
	}
	for _, t := range p.Tags {
		v.Add("tag", t)
	}
	if p.Page > 1 {
		v.Set("page", strconv.Itoa(p.Page))
	}
	if p.PerPage != 0 {
		v.Set("per_page", strconv.Itoa(p.PerPage))
	}
	if p.SortDesc {
		v.Set("order", "desc")
	}
	return v.Encode()
}

func main() {
	base, err := url.Parse("https://api.example.com/v1/search")
	if err != nil {
		panic(err)
	}
	params := []SearchParams{
		{Query: "golang generics"},
		{Query: "a&b=c", Tags: []string{"go", "web dev"}, Page: 3, PerPage: 50},
		{Tags: []string{"ünïcode", "100%"}, SortDesc: true},
		{},
	}
	for _, p := range params {
		u := *base
		u.RawQuery = p.Encode()
		fmt.Println(u.String())
	}

	raw := "https://example.com/path/with space?tag=x&tag=y&q=hello+world&empty=&flag"
	u, err := url.Parse(strings.Replace(raw, " ", "%20", 1))
	if err != nil {
		panic(err)
	}
	q := u.Query()
	fmt.Println("path:", u.Path, "escaped:", u.EscapedPath())
	fmt.Println("tags:", q["tag"], "q:", q.Get("q"), "has empty:", q.Has("empty"), "has flag:", q.Has("flag"), "missing:", q.Has("nope"))
	q.Del("tag")
	q.Set("page", "2")
	u.RawQuery = q.Encode()
	fmt.Println("rebuilt:", u)

	ref, _ := url.Parse("../other?x=1#frag")
	fmt.Println("resolved:", u.ResolveReference(ref))
	fmt.Println("escape:", url.QueryEscape("a b/c?d"), url.PathEscape("a b/c?d"))
	if s, err := url.QueryUnescape("100%zz"); err != nil {
		fmt.Println("unescape error:", err)
	} else {
		fmt.Println(s)
	}
}
