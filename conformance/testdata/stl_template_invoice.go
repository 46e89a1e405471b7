package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Customer struct {
	Name  string
	Email string
}

type Line struct {
	Desc string
	Qty  int
	Unit float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Unit }

type Invoice struct {
	Number   int
	Customer Customer
	Lines    []Line
	Notes    []string
	Paid     bool
	Tags     map[string]string
}

func (inv Invoice) Sum() float64 {
	var s float64
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

const invoiceTmpl = `Invoice #{{.Number}} for {{.Customer.Name | upper}} <{{.Customer.Email}}>
{{range $i, $l := .Lines -}}
{{inc $i}}. {{printf "%-14s" $l.Desc}} {{printf "%3d" $l.Qty}} x {{printf "%6.2f" $l.Unit}} = {{printf "%7.2f" $l.Total}}
{{else -}}
(no lines)
{{end -}}
Total: {{printf "%.2f" .Sum}} [{{if .Paid}}PAID{{else}}DUE{{end}}]
{{with .Notes -}}
Notes:
{{range .}}  - {{.}}
{{end -}}
{{else -}}
No notes.
{{end -}}
tags:{{range $k, $v := .Tags}} #{{$k}}={{$v}}{{end}}
{{template "footer" .}}`

const footerTmpl = `{{define "footer"}}-- {{len .Lines}} line(s){{if gt .Sum 100.0}}, thanks for the big order{{end}} --{{end}}`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(invoiceTmpl))
	template.Must(t.Parse(footerTmpl))

	invoices := []Invoice{
		{
			Number:   1001,
			Customer: Customer{"Ada Lovelace", "ada@example.com"},
			Lines: []Line{
				{"Analytical gear", 3, 19.99},
				{"Punch cards", 500, 0.05},
				{"Brass crank", 1, 74.50},
			},
			Notes: []string{"Deliver to the back door", "Fragile"},
			Paid:  true,
			Tags:  map[string]string{"region": "uk", "priority": "high"},
		},
		{
			Number:   1002,
			Customer: Customer{"Alan Turing", "alan@example.org"},
			Lines:    nil,
			Tags:     map[string]string{"region": "uk"},
		},
	}
	for _, inv := range invoices {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("execute error:", err)
		}
		fmt.Println()
		fmt.Println("========")
	}

	list := template.Must(template.New("list").Parse(
		`{{range $i, $w := .}}{{if $i}}, {{end}}{{$w | printf "%q"}}{{end}}` + "\n"))
	list.Execute(os.Stdout, []string{"alpha", "beta", "gamma"})

	cond := template.Must(template.New("cond").Parse(
		`{{range .}}{{if and (ge . 10) (lt . 100)}}two-digit {{.}}{{else if eq . 0}}zero{{else}}other {{.}}{{end}}` + "\n" + `{{end}}`))
	cond.Execute(os.Stdout, []int{0, 7, 42, 100})

	strict := template.Must(template.New("strict").Option("missingkey=error").Parse("{{.name}} is {{.age}}\n"))
	var partial strings.Builder
	err := strict.Execute(&partial, map[string]int{"name": 1})
	fmt.Printf("partial output %q\n", partial.String())
	fmt.Println("missing key error:", err)

	_, err = template.New("bad").Parse("{{if .X}}unterminated")
	fmt.Println("parse error:", err)

	vars := template.Must(template.New("vars").Parse(
		`{{$total := 0}}{{range .}}{{$total = .}}{{end}}last={{$total}} len={{len .}} first={{index . 0}} slice={{slice . 1 3}}` + "\n"))
	vars.Execute(os.Stdout, []int{5, 6, 7, 8})
}
