// Go by Example: Text Templates
package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

func main() {
	// We can create a new template and parse its body from a
	// string. Templates are a mix of static text and "actions"
	// enclosed in {{...}}.
	t1 := template.New("t1")
	t1, err := t1.Parse("Value is {{.}}\n")
	if err != nil {
		panic(err)
	}

	// Alternatively, template.Must panics if Parse returns an error.
	t1 = template.Must(t1.Parse("Value: {{.}}\n"))

	// By "executing" the template we generate its text with
	// specific values for its actions.
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})

	Create := func(name, t string) *template.Template {
		return template.Must(template.New(name).Parse(t))
	}

	// If the data is a struct we can use {{.FieldName}}.
	t2 := Create("t2", "Name: {{.Name}}\n")
	t2.Execute(os.Stdout, struct{ Name string }{"Jane Doe"})

	// The same applies to maps; with maps there is no restriction
	// on the case of key names.
	t2.Execute(os.Stdout, map[string]string{"Name": "Mickey Mouse"})

	// if/else provide conditional execution.
	t3 := Create("t3", "{{if . -}} yes {{else -}} no {{end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")

	// range blocks let us loop through slices.
	t4 := Create("t4", "Range: {{range .}}{{.}} {{end}}\n")
	t4.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})

	// Custom functions, methods, pipelines and variables.
	funcs := template.FuncMap{"upper": strings.ToUpper, "add": func(a, b int) int { return a + b }}
	const invoice = `{{define "row"}}{{printf "%-8s" (upper .Name)}} {{.Qty}} x {{printf "%.2f" .Price}} = {{printf "%6.2f" .Total}}{{end -}}
{{range $i, $it := .Items}}{{add $i 1}}. {{template "row" $it}}
{{end}}{{with .Note}}Note: {{.}}
{{else}}(no note)
{{end}}{{len .Items}} items for {{.Customer | printf "%q"}}
`
	t5 := template.Must(template.New("inv").Funcs(funcs).Parse(invoice))
	data := map[string]any{
		"Customer": "ACME",
		"Items":    []Item{{"bolt", 0.25, 12}, {"nut", 0.1, 30}, {"gear", 4.5, 2}},
		"Note":     "",
	}
	if err := t5.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
	data["Note"] = "deliver friday"
	t5.Execute(os.Stdout, data)

	// Execution errors are reported, not panicked.
	t6 := Create("t6", "{{.Missing.Field}}\n")
	err = t6.Execute(os.Stdout, struct{ X int }{1})
	os.Stdout.WriteString("error: " + err.Error() + "\n")
}
