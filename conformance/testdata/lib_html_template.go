package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type Page struct {
	Title   string
	User    string
	Link    string
	Items   []string
	Safe    template.HTML
	Script  string
	Visible bool
}

const page = `<h1>{{.Title}}</h1>
<p title="{{.User}}">Hello, {{.User}}!</p>
<a href="{{.Link}}">link</a> <a href="/search?q={{.User}}">search</a>
{{if .Visible}}<ul>{{range $i, $it := .Items}}<li id="i{{$i}}">{{$it | upper}}</li>{{end}}</ul>{{else}}hidden{{end}}
{{.Safe}}
<script>var user = {{.Script}};</script>
`

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("page").Funcs(funcs).Parse(page))
	data := Page{
		Title:   "Tom & Jerry's <Show>",
		User:    `"O'Brien" <script>alert(1)</script>`,
		Link:    "javascript:alert('x')",
		Items:   []string{"a<b", "c&d", `e"f`},
		Safe:    template.HTML("<b>trusted bold</b>"),
		Script:  "</script><b>x</b>",
		Visible: true,
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("exec:", err)
	}

	fmt.Println(template.HTMLEscapeString(`<a href="x">&'</a>`))
	fmt.Println(template.JSEscapeString(`it's "quoted" </script>`))
	fmt.Println(template.URLQueryEscaper("a b&c=d/é"))

	var sb strings.Builder
	t2 := template.Must(template.New("x").Parse(`{{define "row"}}<td>{{.}}</td>{{end}}<tr>{{range .}}{{template "row" .}}{{end}}</tr>`))
	t2.Execute(&sb, []any{1, "<two>", 3.5})
	fmt.Println(sb.String())

	_, err := template.New("bad").Parse("{{.Missing")
	fmt.Println("parse error:", err != nil)
	err = template.Must(template.New("e").Parse("{{.Nope}}")).Execute(&sb, data)
	fmt.Println("exec error:", err != nil)
}
