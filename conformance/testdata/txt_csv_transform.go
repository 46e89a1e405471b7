package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

const data = `id,name,category,price,qty
1,"Widget, small",tools,2.50,10
2,Gadget,electronics,19.99,3
3,"Multi-line
description",misc,5.00,1
4,Spanner,tools,7.25,4
5,"Quote ""Deluxe""",electronics,120.00,1
6,Bolt,tools,0.10,250
7,Broken,tools,notanumber,2
`

type item struct {
	id       int
	name     string
	category string
	price    float64
	qty      int
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println("read error:", err)
		return
	}
	header, rows := records[0], records[1:]
	fmt.Printf("columns: %q\n", header)

	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}

	var items []item
	for _, rec := range rows {
		id, _ := strconv.Atoi(rec[col["id"]])
		price, err1 := strconv.ParseFloat(rec[col["price"]], 64)
		qty, err2 := strconv.Atoi(rec[col["qty"]])
		if err1 != nil || err2 != nil {
			fmt.Printf("skipping row %d: price=%q qty=%q\n", id, rec[col["price"]], rec[col["qty"]])
			continue
		}
		items = append(items, item{id, rec[col["name"]], rec[col["category"]], price, qty})
	}

	// Sort by total value descending, then by id.
	slices.SortFunc(items, func(a, b item) int {
		va, vb := a.price*float64(a.qty), b.price*float64(b.qty)
		return cmp.Or(cmp.Compare(vb, va), cmp.Compare(a.id, b.id))
	})

	fmt.Println("--- TSV output ---")
	w := csv.NewWriter(os.Stdout)
	w.Comma = '\t'
	w.Write([]string{"id", "name", "category", "total"})
	for _, it := range items {
		name := strings.ReplaceAll(it.name, "\n", " ")
		w.Write([]string{
			strconv.Itoa(it.id),
			name,
			strings.ToUpper(it.category),
			strconv.FormatFloat(it.price*float64(it.qty), 'f', 2, 64),
		})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println("write error:", err)
	}

	fmt.Println("--- totals by category ---")
	totals := map[string]float64{}
	counts := map[string]int{}
	for _, it := range items {
		totals[it.category] += it.price * float64(it.qty)
		counts[it.category] += it.qty
	}
	cats := make([]string, 0, len(totals))
	for c := range totals {
		cats = append(cats, c)
	}
	slices.Sort(cats)
	grand := 0.0
	for _, c := range cats {
		fmt.Printf("%-12s units=%4d value=%8.2f\n", c, counts[c], totals[c])
		grand += totals[c]
	}
	fmt.Printf("%-12s %19.2f\n", "TOTAL", grand)

	fmt.Println("--- re-encoded CSV (quoted fields) ---")
	var sb strings.Builder
	cw := csv.NewWriter(&sb)
	for _, it := range items[:3] {
		cw.Write([]string{it.name, fmt.Sprintf("%.2f", it.price)})
	}
	cw.Flush()
	fmt.Print(sb.String())

	// A ragged record produces a parse error with line info.
	_, err = csv.NewReader(strings.NewReader("a,b\n1,2,3\n")).ReadAll()
	fmt.Println("ragged:", err)
}
