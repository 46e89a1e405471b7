// Command tool_template_report renders an inventory report with text/template,
// using nested templates, custom functions, range/else and methods.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/template"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

// Total is a value-receiver method callable from the template.
func (i Item) Total() float64 { return float64(i.Qty) * i.Price }

type Report struct {
	Title    string
	Store    string
	Items    []Item
	Notes    map[string]string
	Discount float64
}

func (r Report) Sum() float64 {
	var s float64
	for _, it := range r.Items {
		s += it.Total()
	}
	return s
}

const tmplText = `{{define "item" -}}
{{printf "%-6s" .SKU}} {{printf "%-14s" .Name}} {{printf "%3d" .Qty}} x {{printf "%6.2f" .Price}} = {{printf "%8.2f" .Total}}
{{- if .Tags}}  [{{join .Tags ", "}}]{{end}}
{{end -}}
{{upper .Title}} — {{.Store}}
{{repeat "=" 48}}
{{range $i, $it := .Items}}{{add $i 1}}. {{template "item" $it}}{{else}}(no items)
{{end -}}
{{repeat "-" 48}}
Subtotal: {{printf "%.2f" .Sum}}
{{with .Discount}}Discount: {{printf "%.0f%%" .}}
{{end -}}
Notes:
{{range $k, $v := .Notes}}  {{$k}}: {{$v}}
{{end}}`

func main() {
	funcs := template.FuncMap{
		"upper":  strings.ToUpper,
		"join":   strings.Join,
		"repeat": strings.Repeat,
		"add":    func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tmplText))

	reports := []Report{
		{
			Title: "Weekly inventory",
			Store: "Downtown",
			Items: []Item{
				{"A-100", "Gopher plush", 12, 9.5, []string{"toy", "bestseller"}},
				{"B-220", "Go mug", 30, 6.25, nil},
				{"C-310", "Sticker pack", 200, 0.8, []string{"cheap"}},
			},
			Notes:    map[string]string{"zone": "B2", "audited": "yes", "manager": "Pat"},
			Discount: 10,
		},
		{Title: "Empty shelf", Store: "Airport", Notes: map[string]string{"status": "closed"}},
	}
	for _, r := range reports {
		if err := t.Execute(os.Stdout, r); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println()
	}

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, reports[1])
	fmt.Printf("expected error: %v\n", err != nil)
	var names []string
	for _, tt := range t.Templates() { // map-backed, so sort before printing
		names = append(names, tt.Name())
	}
	slices.Sort(names)
	fmt.Printf("defined templates: %q\n", names)
}
