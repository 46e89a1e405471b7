package main

import (
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Order struct {
	ID       int
	Customer string
	Items    []LineItem
	Note     string
	Paid     bool
}

type LineItem struct {
	Name     string
	Qty      int
	UnitCent int
}

func (o Order) TotalCents() int {
	t := 0
	for _, it := range o.Items {
		t += it.Qty * it.UnitCent
	}
	return t
}

var funcs = template.FuncMap{
	"money": func(cents int) string { return fmt.Sprintf("$%d.%02d", cents/100, cents%100) },
	"upper": strings.ToUpper,
	"mul":   func(a, b int) int { return a * b },
	"plural": func(n int, word string) string {
		if n == 1 {
			return word
		}
		return word + "s"
	},
}

const page = `{{define "row"}}<tr><td>{{.Name}}</td><td>{{.Qty}}</td><td>{{money (mul .Qty .UnitCent)}}</td></tr>{{end -}}
<h1>Orders for {{.Shop | upper}}</h1>
{{range .Orders -}}
<section id="order-{{.ID}}" data-customer="{{.Customer}}">
<h2>#{{.ID}} {{.Customer}}{{if .Paid}} <span class="paid">paid</span>{{end}}</h2>
<table>
{{range .Items}}{{template "row" .}}
{{end -}}
</table>
<p>{{len .Items}} {{plural (len .Items) "item"}}, total {{money .TotalCents}}</p>
{{with .Note}}<p class="note">{{.}}</p>
{{end -}}
<a href="/orders?customer={{.Customer}}">more</a>
</section>
{{else}}<p>No orders.</p>
{{end}}`

var tmpl = template.Must(template.New("orders").Funcs(funcs).Parse(page))

func ordersHandler(orders []Order) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		data := struct {
			Shop   string
			Orders []Order
		}{"corner store", orders}
		if err := tmpl.Execute(w, data); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}

func main() {
	orders := []Order{
		{ID: 1, Customer: "Ann & Co", Paid: true, Items: []LineItem{{"Coffee", 2, 450}, {"Bagel", 1, 275}}},
		{ID: 2, Customer: `Bob "The Builder"`, Note: "<script>alert('x')</script>", Items: []LineItem{{"Tea", 1, 300}}},
	}
	for _, list := range [][]Order{orders, nil} {
		rec := httptest.NewRecorder()
		ordersHandler(list).ServeHTTP(rec, httptest.NewRequest("GET", "/orders", nil))
		fmt.Println("status:", rec.Code, rec.Header().Get("Content-Type"))
		fmt.Print(rec.Body.String())
		fmt.Println("=====")
	}
}
