package main

import (
	"fmt"
	"net/url"
	"strconv"
)

type SearchParams struct {
	Query    string
	Page     int
	PerPage  int
	Tags     []string
	SortDesc bool
}

func (p SearchParams) Encode() string {
	v := url.Values{}
	if p.Query != "" {
		v.Set("q", p.Query)
	}
	if p.Page > 1 {
		v.Set("page", strconv.Itoa(p.Page))
	}
	if p.PerPage != 0 {
		v.Set("per_page", strconv.Itoa(p.PerPage))
	}
	for _, t := range p.Tags {
		v.Add("tag", t)
	}
	if p.SortDesc {
		v.Set("sort", "-created")
	}
	return v.Encode()
}

func ParseSearch(raw string) (SearchParams, error) {
	v, err := url.ParseQuery(raw)
	if err != nil {
		return SearchParams{}, fmt.Errorf("parse query: %w", err)
	}
	p := SearchParams{Query: v.Get("q"), Page: 1, PerPage: 20, Tags: v["tag"]}
	if s := v.Get("page"); s != "" {
		if p.Page, err = strconv.Atoi(s); err != nil {
			return SearchParams{}, fmt.Errorf("page: %w", err)
		}
	}
	if s := v.Get("per_page"); s != "" {
		if p.PerPage, err = strconv.Atoi(s); err != nil {
			return SearchParams{}, fmt.Errorf("per_page: %w", err)
		}
	}
	p.SortDesc = v.Get("sort") == "-created"
	return p, nil
}

func main() {
	base, err := url.Parse("https://api.example.com/v2/search/")
	if err != nil {
		panic(err)
	}
	p := SearchParams{Query: "go & rust", Page: 3, PerPage: 50, Tags: []string{"lang", "c++"}, SortDesc: true}
	u := *base
	u.RawQuery = p.Encode()
	fmt.Println("built:", u.String())

	back, err := ParseSearch(u.RawQuery)
	fmt.Printf("parsed: %+v err=%v\n", back, err)

	for _, q := range []string{"q=x&page=two", "q=%zz", "per_page=10&tag=a&tag=b"} {
		sp, err := ParseSearch(q)
		fmt.Printf("%-26q -> %+v err=%v\n", q, sp, err)
	}

	raw := "https://user:p%40ss@shop.example.com:8443/catalog/shoes%20and%20boots?color=red&size=42#reviews"
	pu, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	pw, _ := pu.User.Password()
	fmt.Println("scheme:", pu.Scheme)
	fmt.Println("user:", pu.User.Username(), "password:", pw)
	fmt.Println("host:", pu.Hostname(), "port:", pu.Port())
	fmt.Println("path:", pu.Path, "escaped:", pu.EscapedPath())
	fmt.Println("query color:", pu.Query().Get("color"), "fragment:", pu.Fragment)
	fmt.Println("redacted:", pu.Redacted())

	for _, ref := range []string{"../orders?id=5", "/root", "items/7", "//cdn.example.com/x.js", "?page=2"} {
		r, _ := url.Parse(ref)
		fmt.Printf("resolve %-24s => %s\n", ref, base.ResolveReference(r))
	}

	fmt.Println("PathEscape:", url.PathEscape("a b/c?d"))
	fmt.Println("QueryEscape:", url.QueryEscape("a b/c?d=é"))
	joined, _ := url.JoinPath("https://example.com/api/", "v1", "users", "..", "teams")
	fmt.Println("JoinPath:", joined)
	if _, err := url.Parse("http://[::1"); err != nil {
		fmt.Println("bad url:", err)
	}
}
