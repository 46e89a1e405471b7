package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/template"
	"time"
)

type Tag string

type Author struct {
	Name, Handle string
}

func (a Author) String() string { return a.Name + " (@" + a.Handle + ")" }

type Post struct {
	Slug      string
	Title     string
	Body      string
	Author    Author
	Published time.Time
	Tags      []Tag
	Draft     bool
}

func (p Post) Summary(n int) string {
	words := strings.Fields(p.Body)
	if len(words) <= n {
		return p.Body
	}
	return strings.Join(words[:n], " ") + "..."
}

type Renderer interface {
	Render(posts []Post) error
}

type Blog struct {
	Name  string
	posts []Post
	tmpl  *template.Template
}

const page = `== {{.Name}} ==
{{range $i, $p := .Posts}}{{if $i}}---
{{end}}[{{$p.Slug}}] {{$p.Title | upper}}
  by {{$p.Author}} on {{$p.Published.Format "2006-01-02"}}
  {{$p.Summary 6}}
  tags: {{join $p.Tags}}
{{else}}(no posts)
{{end}}== {{len .Posts}} post(s) ==
`

func NewBlog(name string) *Blog {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join": func(ts []Tag) string {
			ss := make([]string, len(ts))
			for i, t := range ts {
				ss[i] = "#" + string(t)
			}
			return strings.Join(ss, " ")
		},
	}
	return &Blog{Name: name, tmpl: template.Must(template.New("page").Funcs(funcs).Parse(page))}
}

func (b *Blog) Publish(p Post) { b.posts = append(b.posts, p) }

func (b *Blog) Render(posts []Post) error {
	return b.tmpl.Execute(os.Stdout, struct {
		Name  string
		Posts []Post
	}{b.Name, posts})
}

func (b *Blog) Visible(tag Tag) []Post {
	out := slices.DeleteFunc(slices.Clone(b.posts), func(p Post) bool {
		return p.Draft || (tag != "" && !slices.Contains(p.Tags, tag))
	})
	slices.SortFunc(out, func(x, y Post) int { return y.Published.Compare(x.Published) })
	return out
}

func main() {
	ann := Author{"Ann Lee", "ann"}
	bo := Author{"Bo Chen", "bo"}
	b := NewBlog("Gopher Notes")
	d := func(m, day int) time.Time { return time.Date(2024, time.Month(m), day, 9, 0, 0, 0, time.UTC) }
	b.Publish(Post{"hello", "Hello World", "This is the very first post on the new blog engine.", ann, d(1, 5), []Tag{"meta"}, false})
	b.Publish(Post{"generics", "Generics in Practice", "Type parameters make containers and algorithms reusable without reflection.", bo, d(3, 12), []Tag{"go", "generics"}, false})
	b.Publish(Post{"wip", "Unfinished", "secret", ann, d(4, 1), []Tag{"go"}, true})
	b.Publish(Post{"chans", "Channels", "Short body.", ann, d(2, 20), []Tag{"go"}, false})

	var r Renderer = b
	for _, tag := range []Tag{"", "go", "rust"} {
		fmt.Printf(">>> filter %q\n", tag)
		if err := r.Render(b.Visible(tag)); err != nil {
			fmt.Println("render error:", err)
		}
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, Post{})
	fmt.Println("error present:", err != nil)
}
