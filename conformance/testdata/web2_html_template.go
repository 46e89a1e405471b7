package main

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Post struct {
	Title  string
	Author string
	Body   string
	Link   string
	Tags   []string
	Draft  bool
}

const page = `{{define "layout"}}<!doctype html>
<html><head><title>{{.Title}}</title></head>
<body>
{{template "content" .}}
</body></html>{{end}}
{{define "content"}}<h1>{{.Title}}</h1>
<p class="by">by {{.Author}}{{if .Draft}} <em>(draft)</em>{{end}}</p>
<a href="{{.Link}}" title="{{.Title}}">source</a>
<div>{{.Body}}</div>
<ul>{{range $i, $t := .Tags}}<li data-i="{{$i}}">{{$t | upper}}</li>{{else}}<li>no tags</li>{{end}}</ul>
<script>var post = {{.Title}};</script>{{end}}`

var tmpl = template.Must(template.New("site").Funcs(template.FuncMap{
	"upper": strings.ToUpper,
}).Parse(page))

func render(w http.ResponseWriter, r *http.Request, p Post) {
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, "layout", p); err != nil {
		http.Error(w, "template error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	buf.WriteTo(w)
}

func main() {
	posts := map[string]Post{
		"hello": {Title: "Hello & Welcome", Author: "Ann", Body: "First post!",
			Link: "https://example.com/a?x=1&y=2", Tags: []string{"intro", "meta"}},
		"xss": {Title: `<script>alert("hi")</script>`, Author: "Mallory <m@evil>",
			Body: "<b>bold?</b>", Link: "javascript:alert(1)", Draft: true},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /posts/{slug}", func(w http.ResponseWriter, r *http.Request) {
		p, ok := posts[r.PathValue("slug")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		render(w, r, p)
	})
	for _, slug := range []string{"hello", "xss", "nope"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/posts/"+slug, nil))
		fmt.Printf("=== /posts/%s %d %s\n", slug, rec.Code, rec.Header().Get("Content-Type"))
		fmt.Println(rec.Body.String())
	}
}
