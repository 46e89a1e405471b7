package main

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"
)

type Recipient struct {
	FirstName string
	Email     string
	Plan      string
	Seats     int
	Invoices  []Invoice
}

type Invoice struct {
	Number string
	Cents  int64
	Due    string
	Paid   bool
}

const emailTmpl = `{{define "header"}}To: {{.FirstName}} <{{.Email}}>
Subject: Your {{.Plan | title}} plan summary{{end}}{{define "invoice"}}  - {{printf "%-8s" .Number}} {{cents .Cents | printf "%10s"}} due {{.Due}}{{if .Paid}} (paid){{end}}{{end}}
{{- template "header" .}}

Hi {{.FirstName}},

{{if gt .Seats 1 -}}
Your team has {{.Seats}} seats on the {{.Plan}} plan.
{{- else -}}
You are on the {{.Plan}} plan.
{{- end}}
{{with .Invoices}}
Invoices:
{{range $i, $inv := .}}{{if $i}}
{{end}}{{template "invoice" $inv}}{{end}}
Outstanding: {{outstanding . | cents}}
{{else}}
You have no invoices yet.
{{end}}
Thanks,
The Billing Team
`

func main() {
	funcs := template.FuncMap{
		"title": func(s string) string {
			if s == "" {
				return s
			}
			return strings.ToUpper(s[:1]) + s[1:]
		},
		"cents": func(c int64) string {
			return fmt.Sprintf("€%d.%02d", c/100, c%100)
		},
		"outstanding": func(invs []Invoice) int64 {
			var sum int64
			for _, in := range invs {
				if !in.Paid {
					sum += in.Cents
				}
			}
			return sum
		},
	}
	t := template.Must(template.New("email").Funcs(funcs).Parse(emailTmpl))

	recipients := []Recipient{
		{FirstName: "Marta", Email: "marta@example.org", Plan: "business", Seats: 12, Invoices: []Invoice{
			{"INV-101", 120000, "2024-01-31", true},
			{"INV-117", 98050, "2024-02-29", false},
			{"INV-123", 4500, "2024-03-31", false},
		}},
		{FirstName: "Leo", Email: "leo@example.org", Plan: "starter", Seats: 1},
	}
	for _, r := range recipients {
		var buf bytes.Buffer
		if err := t.Execute(&buf, r); err != nil {
			fmt.Println("render error:", err)
			continue
		}
		fmt.Print(buf.String())
		fmt.Println("----------")
	}

	bad := template.Must(template.New("bad").Option("missingkey=error").Parse("Hello {{.name}} from {{.city}}\n"))
	err := bad.Execute(&bytes.Buffer{}, map[string]string{"name": "Ann"})
	fmt.Println("missingkey error:", err)

	_, err = template.New("broken").Parse("{{if .X}}unterminated")
	fmt.Println("parse error:", err)
}
