package main

import (
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
)

const page = `<h1>Comments for {{.Topic}}</h1>
<ul>
{{- range .Comments}}
<li title="{{.Author}}"><a href="/users?name={{.Author}}">{{.Author}}</a>: {{.Text}}</li>
{{- else}}
<li>no comments yet</li>
{{- end}}
</ul>
<a href="{{.Homepage}}">homepage</a>
<script>var topic = {{.Topic}};</script>
{{.Footer}}`

type Comment struct {
	Author, Text string
}

type PageData struct {
	Topic    string
	Comments []Comment
	Homepage string
	Footer   template.HTML
}

var tmpl = template.Must(template.New("page").Parse(page))

func commentsHandler(store map[string][]Comment) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		topic := r.URL.Query().Get("topic")
		data := PageData{
			Topic:    topic,
			Comments: store[topic],
			Homepage: r.URL.Query().Get("home"),
			Footer:   template.HTML("<footer>&copy; demo</footer>"),
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if err := tmpl.Execute(w, data); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}

func main() {
	store := map[string][]Comment{
		"go": {
			{"ann", "I <3 goroutines"},
			{`bob"><script>alert(1)</script>`, "tricky name & all"},
		},
	}
	h := commentsHandler(store)

	show := func(q url.Values) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/comments?"+q.Encode(), nil))
		fmt.Printf("== %d %s (query %s)\n", rec.Code, rec.Header().Get("Content-Type"), q.Encode())
		fmt.Println(rec.Body.String())
	}

	show(url.Values{"topic": {"go"}, "home": {"https://go.dev/?a=1&b=2"}})
	show(url.Values{"topic": {"</script><b>rust</b>"}, "home": {"javascript:alert('x')"}})

	var sb strings.Builder
	t := template.Must(template.New("x").Funcs(template.FuncMap{"upper": strings.ToUpper}).
		Parse(`<p>{{upper .}}</p>`))
	t.Execute(&sb, "fish & chips <b>")
	fmt.Println(sb.String())
}
