package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Item struct {
	Name     string
	Qty      int
	PriceCts int
	Tags     []string
}

type Order struct {
	ID       int
	Customer string
	Address  *Address
	Items    []Item
	Notes    map[string]string
	Rush     bool
}

type Address struct {
	Street, City string
}

func (o Order) TotalCts() int {
	t := 0
	for _, it := range o.Items {
		t += it.Qty * it.PriceCts
	}
	return t
}

const orderTmpl = `{{define "money"}}${{printf "%d.%02d" (div . 100) (mod . 100)}}{{end -}}
Order #{{.ID}} for {{.Customer | upper}}{{if .Rush}} (RUSH){{end}}
{{with .Address}}Ship to: {{.Street}}, {{.City}}{{else}}Ship to: pickup in store{{end}}
{{range $i, $it := .Items -}}
{{inc $i}}. {{printf "%-10s" $it.Name}} x{{$it.Qty}} @ {{template "money" $it.PriceCts}}
{{- if $it.Tags}} [{{join $it.Tags ", "}}]{{end}}
{{else -}}
(no items)
{{end -}}
Total: {{template "money" .TotalCts}}
{{range $k, $v := .Notes}}note {{$k}}: {{$v}}
{{end -}}
{{if and .Rush (gt (len .Items) 2)}}Large rush order!{{else if .Rush}}Small rush order.{{else}}Standard shipping.{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"inc":   func(i int) int { return i + 1 },
		"div":   func(a, b int) int { return a / b },
		"mod":   func(a, b int) int { return a % b },
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(orderTmpl))

	orders := []Order{
		{
			ID: 1001, Customer: "Ada Lovelace", Rush: true,
			Address: &Address{"12 Engine St", "London"},
			Items: []Item{
				{"gears", 12, 150, []string{"metal", "small"}},
				{"punchcard", 100, 5, nil},
				{"crank", 1, 2599, []string{"heavy"}},
			},
			Notes: map[string]string{"gift": "yes", "door": "side entrance"},
		},
		{ID: 1002, Customer: "Grace Hopper"},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("execute error:", err)
		}
		fmt.Println("---")
	}

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, orders[1])
	fmt.Println("field error:", err != nil)

	strict := template.Must(template.New("strict").Option("missingkey=error").Parse("{{.a}} {{.b}}\n"))
	err = strict.Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println()
	fmt.Println("missing key error:", err)

	var sb strings.Builder
	list := template.Must(template.New("list").Parse(`{{range .}}{{if eq . 3}}{{continue}}{{end}}{{if gt . 5}}{{break}}{{end}}<{{.}}>{{end}}`))
	if err := list.Execute(&sb, []int{1, 2, 3, 4, 5, 6, 7}); err != nil {
		fmt.Println(err)
	}
	fmt.Println("break/continue:", sb.String())

	sb.Reset()
	vars := template.Must(template.New("vars").Parse(`{{$n := 0}}{{range .}}{{$n = .}}{{end}}last={{$n}} {{len .}} {{index . 1}} {{slice . 1 3}}`))
	if err := vars.Execute(&sb, []string{"x", "y", "z"}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(sb.String())
	var names []string
	for _, tt := range t.Templates() {
		names = append(names, tt.Name())
	}
	sort.Strings(names)
	fmt.Println("templates defined:", strings.Join(names, ", "))
}
