package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/template"
)

type Task struct {
	Title    string
	Done     bool
	Priority int
	Tags     []string
}

type Project struct {
	Name    string
	Owner   string
	Tasks   []Task
	Meta    map[string]string
	Budget  float64
	Summary *string
}

const tmpl = `{{define "task"}}{{if .Done}}[x]{{else}}[ ]{{end}} {{.Title | printf "%-22s"}} P{{.Priority}}{{with .Tags}} tags={{join . ","}}{{end}}{{end -}}

{{- define "header" -}}
=== {{upper .Name}} ({{.Owner}}) ===
{{- end -}}

{{template "header" .}}
{{range $i, $t := .Tasks -}}
{{inc $i | printf "%2d"}}. {{template "task" $t}}
{{end -}}
{{- $done := 0}}{{range .Tasks}}{{if .Done}}{{$done = inc $done}}{{end}}{{end -}}
Completed: {{$done}}/{{len .Tasks}}
Budget: {{printf "%.2f" .Budget}}
{{- if gt .Budget 1000.0}} (large){{else}} (small){{end}}
Meta:
{{range $k, $v := .Meta}}  {{$k}} => {{$v | quote}}
{{end -}}
{{with .Summary}}Summary: {{.}}{{else}}Summary: none{{end}}
{{bar (len .Tasks)}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"inc":   func(i int) int { return i + 1 },
		"quote": func(s string) string { return fmt.Sprintf("%q", s) },
		"bar":   func(n int) string { return strings.Repeat("=", n*6) },
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tmpl))

	summary := "on track & <green>"
	projects := []Project{
		{
			Name:  "parser",
			Owner: "ana",
			Tasks: []Task{
				{"write lexer", true, 1, []string{"core"}},
				{"write parser", true, 2, []string{"core", "ast"}},
				{"error recovery", false, 3, nil},
				{"docs", false, 5, []string{"docs"}},
			},
			Meta:    map[string]string{"repo": "git.example/parser", "lang": "Go", "ci": "yes"},
			Budget:  1500,
			Summary: &summary,
		},
		{
			Name:   "website",
			Owner:  "bo",
			Tasks:  []Task{{"landing page", false, 2, nil}},
			Meta:   map[string]string{},
			Budget: 250.5,
		},
	}
	for _, p := range projects {
		if err := t.Execute(os.Stdout, p); err != nil {
			fmt.Println("exec error:", err)
		}
	}

	// Errors are reported, not panicked.
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, projects[1])
	fmt.Println("error:", err)

	_, err = template.New("syntax").Parse("{{if}}")
	fmt.Println("parse error:", err)

	var names []string
	for _, x := range t.Templates() {
		names = append(names, x.Name())
	}
	slices.Sort(names)
	fmt.Println("templates:", strings.Join(names, ", "))
}
