package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type LineItem struct {
	SKU      string
	Desc     string
	Qty      int
	UnitCost float64
}

func (li LineItem) Amount() float64 { return float64(li.Qty) * li.UnitCost }

type Invoice struct {
	Number   string
	Customer string
	Items    []LineItem
	TaxRate  float64
	Notes    []string
}

func (inv Invoice) Subtotal() float64 {
	var s float64
	for _, it := range inv.Items {
		s += it.Amount()
	}
	return s
}

func (inv Invoice) Tax() float64   { return inv.Subtotal() * inv.TaxRate }
func (inv Invoice) Total() float64 { return inv.Subtotal() + inv.Tax() }

const tmpl = `INVOICE {{.Number}}
Bill to: {{upper .Customer}}
{{line 44}}
{{range $i, $it := .Items -}}
{{printf "%2d" (inc $i)}}. {{printf "%-8s %-14s x%-3d %8s" $it.SKU $it.Desc $it.Qty (money $it.Amount)}}
{{end -}}
{{line 44}}
Subtotal: {{money .Subtotal}}
Tax ({{pct .TaxRate}}): {{money .Tax}}
Total:    {{money .Total}}
{{- with .Notes}}
Notes:
{{- range .}}
  * {{.}}
{{- end}}
{{- else}}
(no notes)
{{- end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"line":  func(n int) string { return strings.Repeat("-", n) },
		"money": func(v float64) string { return fmt.Sprintf("$%.2f", v) },
		"pct":   func(v float64) string { return fmt.Sprintf("%g%%", v*100) },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(tmpl))

	invoices := []Invoice{
		{
			Number:   "INV-1001",
			Customer: "Acme Corp",
			TaxRate:  0.08,
			Items: []LineItem{
				{"A-100", "Anvil", 2, 49.95},
				{"R-220", "Rocket skates", 1, 199.00},
				{"T-003", "Tunnel paint", 3, 12.50},
			},
			Notes: []string{"Net 30", "Ship via ground"},
		},
		{
			Number:   "INV-1002",
			Customer: "Globex",
			TaxRate:  0.05,
			Items:    []LineItem{{"W-1", "Widget", 10, 1.25}},
		},
	}
	for i, inv := range invoices {
		if i > 0 {
			fmt.Println()
		}
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("render error:", err)
		}
	}

	_, err := template.New("bad").Parse("{{.Missing")
	fmt.Println("parse error reported:", err != nil)
}
