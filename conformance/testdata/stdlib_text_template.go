package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Task struct {
	Title    string
	Done     bool
	Priority int
	Tags     []string
}

type Report struct {
	Owner string
	Tasks []Task
	Meta  map[string]string
}

func (r Report) Pending() int {
	n := 0
	for _, t := range r.Tasks {
		if !t.Done {
			n++
		}
	}
	return n
}

const reportTmpl = `Report for {{.Owner | upper}} ({{len .Tasks}} tasks, {{.Pending}} pending)
{{range $i, $t := .Tasks -}}
{{add $i 1}}. [{{if $t.Done}}x{{else}} {{end}}] {{printf "%-14s" $t.Title}} p{{$t.Priority}}
{{- if gt $t.Priority 2}} URGENT{{end}}
{{- with $t.Tags}} tags: {{join . ", "}}{{end}}
{{else -}}
no tasks
{{end -}}
{{range $k, $v := .Meta}}{{$k}}={{$v}} {{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "end of report"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(reportTmpl))

	r := Report{
		Owner: "sam",
		Tasks: []Task{
			{"write docs", true, 1, nil},
			{"fix bug #12", false, 3, []string{"backend", "critical"}},
			{"review PR", false, 2, []string{"team"}},
		},
		Meta: map[string]string{"sprint": "7", "area": "core", "board": "main"},
	}
	if err := t.Execute(os.Stdout, r); err != nil {
		fmt.Println("exec error:", err)
	}

	if err := t.Execute(os.Stdout, Report{Owner: "nobody"}); err != nil {
		fmt.Println("exec error:", err)
	}

	simple := template.Must(template.New("s").Parse("Hello, {{.}}! {{printf \"%q\" .}} {{len .}}\n"))
	simple.Execute(os.Stdout, "world")

	_, err := template.New("bad").Parse("{{.Missing")
	fmt.Println("parse error:", err)

	strictTmpl := template.Must(template.New("m").Option("missingkey=error").Parse("{{.name}} {{.age}}\n"))
	err = strictTmpl.Execute(os.Stdout, map[string]int{"name": 1})
	fmt.Println()
	fmt.Println("missing key error:", err)
}
