package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type Comment struct {
	Author string
	Body   string
	Link   string
	Score  int
}

type Page struct {
	Title    string
	User     *string
	Comments []Comment
	Banner   template.HTML
	Query    string
}

const page = `<html><head><title>{{.Title}}</title></head>
<body>
{{- with .User}}
<p class="greeting">Welcome back, {{.}}!</p>
{{- else}}
<p class="greeting">Please <a href="/login?next={{$.Query}}">log in</a>.</p>
{{- end}}
<div>{{.Banner}}</div>
<ul>
{{- range $i, $c := .Comments}}
  <li id="c{{$i}}" class="{{if ge $c.Score 10}}hot{{else}}normal{{end}}">
    <a href="{{$c.Link}}" title="{{$c.Author}}">{{$c.Author | shout}}</a>: {{$c.Body | truncate 24}}
    <script>var score = {{$c.Score}}; var who = {{$c.Author}};</script>
  </li>
{{- else}}
  <li>No comments yet.</li>
{{- end}}
</ul>
</body></html>
`

func main() {
	funcs := template.FuncMap{
		"shout": strings.ToUpper,
		"truncate": func(n int, s string) string {
			r := []rune(s)
			if len(r) <= n {
				return s
			}
			return string(r[:n-1]) + "…"
		},
	}
	t := template.Must(template.New("page").Funcs(funcs).Parse(page))

	name := "Mallory <script>"
	pages := []Page{
		{
			Title: "Comments & <Replies>",
			User:  &name,
			Comments: []Comment{
				{"alice", "Nice post! <b>bold</b> claims", "https://example.com/a?x=1&y=2", 12},
				{`bob"quote`, "Ha ha", "javascript:alert(1)", 3},
				{"carol", "A rather long comment body that goes on and on", "/users/carol", 10},
			},
			Banner: template.HTML("<em>trusted banner</em>"),
			Query:  "/posts/1?tab=all&sort=new",
		},
		{Title: "Empty", Banner: "<b>new</b>", Query: "a b"},
	}
	for i, p := range pages {
		fmt.Printf("== page %d ==\n", i+1)
		if err := t.Execute(os.Stdout, p); err != nil {
			fmt.Println("error:", err)
		}
	}

	fmt.Println(template.HTMLEscapeString(`<a href="x">'q' & co</a>`))
	fmt.Println(template.JSEscapeString(`it's "quoted" </script>`))
	fmt.Println(template.URLQueryEscaper("a b&c=d/é"))

	bad := template.Must(template.New("bad").Parse(`<a href="{{.}}`))
	err := bad.Execute(os.Stdout, "x")
	fmt.Println()
	fmt.Println("unterminated attribute error:", err != nil)
}
