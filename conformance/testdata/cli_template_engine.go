package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func (i Item) Total() float64 { return float64(i.Qty) * i.Price }

type Invoice struct {
	Number   int
	Customer string
	Items    []Item
	Notes    []string
	Paid     bool
}

func (inv Invoice) Sum() (s float64) {
	for _, it := range inv.Items {
		s += it.Total()
	}
	return s
}

var funcs = template.FuncMap{
	"upper": strings.ToUpper,
	"money": func(f float64) string { return fmt.Sprintf("$%8.2f", f) },
	"pad":   func(n int, s string) string { return fmt.Sprintf("%-*s", n, s) },
	"inc":   func(i int) int { return i + 1 },
	"join":  strings.Join,
}

const invoiceTmpl = `INVOICE #{{printf "%05d" .Number}} for {{upper .Customer}}
{{range $i, $it := .Items}}{{inc $i}}. {{pad 10 $it.Name}} x{{$it.Qty}} {{money $it.Total}}
{{else}}(no items)
{{end}}{{- with .Notes}}Notes: {{join . "; "}}
{{end -}}
TOTAL {{money .Sum}}{{if .Paid}} [PAID]{{else}} [DUE]{{end}}
`

func render(name, src string, data any) error {
	t, err := template.New(name).Funcs(funcs).Parse(src)
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	t.Option("missingkey=error")
	return t.Execute(os.Stdout, data)
}

func main() {
	invoices := []Invoice{
		{Number: 42, Customer: "acme corp", Items: []Item{
			{"bolts", 100, 0.05}, {"nuts", 100, 0.04}, {"hammer", 1, 12.5},
		}, Notes: []string{"net 30", "thank you"}},
		{Number: 7, Customer: "zed", Paid: true},
	}
	for _, inv := range invoices {
		if err := render("invoice", invoiceTmpl, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}

	err := render("bad", "{{.Name", nil)
	fmt.Println("parse error:", err != nil, strings.Contains(err.Error(), "unclosed action"))

	err = render("missing", "{{.who}} says hello\n", map[string]string{"name": "x"})
	var execErr template.ExecError
	fmt.Println("exec error:", errors.As(err, &execErr), execErr.Name)

	t := template.Must(template.New("list").Parse(`{{define "row"}}<{{.}}>{{end}}{{range .}}{{template "row" .}}{{end}}` + "\n"))
	if err := t.Execute(os.Stdout, []string{"a", "b", "c"}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(t.Lookup("row") != nil, t.Lookup("nope") == nil, len(t.Templates()), t.Name())
}
