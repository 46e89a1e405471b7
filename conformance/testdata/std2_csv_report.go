package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

const input = `region,product,units,unit_price
north,widget,10,2.50
south,"gadget, deluxe",3,19.99
north,gizmo,7,4.25
east,widget,12,2.50
south,widget,5,2.50
# comment line ignored
east,"the ""best"" gizmo",2,4.25
north,widget,bad,2.50
`

type sale struct {
	region, product string
	units           int
	price           float64
}

func main() {
	r := csv.NewReader(strings.NewReader(input))
	r.Comment = '#'
	header, err := r.Read()
	if err != nil {
		fmt.Println("header error:", err)
		return
	}
	fmt.Printf("columns (%d): %s\n", len(header), strings.Join(header, " | "))

	var sales []sale
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			continue
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			line, _ := r.FieldPos(2)
			fmt.Printf("skipping line %d: %v\n", line, err)
			continue
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		sales = append(sales, sale{rec[0], rec[1], units, price})
	}
	fmt.Println("parsed sales:", len(sales))
	for _, s := range sales {
		fmt.Printf("  %-6s %-20q %3d x %6.2f\n", s.region, s.product, s.units, s.price)
	}

	totals := map[string]float64{}
	units := map[string]int{}
	for _, s := range sales {
		totals[s.region] += float64(s.units) * s.price
		units[s.region] += s.units
	}
	regions := make([]string, 0, len(totals))
	for k := range totals {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool {
		if totals[regions[i]] != totals[regions[j]] {
			return totals[regions[i]] > totals[regions[j]]
		}
		return regions[i] < regions[j]
	})

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "units", "revenue", "note"})
	for _, reg := range regions {
		note := ""
		if totals[reg] > 50 {
			note = `top "seller", congrats`
		}
		w.Write([]string{reg, strconv.Itoa(units[reg]), strconv.FormatFloat(totals[reg], 'f', 2, 64), note})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println("write error:", err)
	}

	var sb strings.Builder
	tw := csv.NewWriter(&sb)
	tw.Comma = '\t'
	tw.UseCRLF = true
	tw.WriteAll([][]string{{"a", "b c", "d\te"}, {"multi\nline", "", "x"}})
	fmt.Printf("tab separated: %q\n", sb.String())

	strict := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = strict.ReadAll()
	fmt.Println("field count error:", err)

	loose := csv.NewReader(strings.NewReader("a,b\n1,2,3\n x ,\"y\n"))
	loose.FieldsPerRecord = -1
	loose.TrimLeadingSpace = true
	_, err = loose.ReadAll()
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("parse error at line %d column %d: %v\n", pe.Line, pe.Column, pe.Err)
	}
}
