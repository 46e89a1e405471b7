// Command tool_csv_columns reads CSV from a string, selects and renames
// columns, aggregates a numeric column per group and writes CSV back out.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const sales = `region,product,units,unit_price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,7,10.00
east,"widget, deluxe",2,7.25
south,widget,12,2.50
east,gizmo,5,4.00
`

type Table struct {
	Header []string
	Rows   [][]string
}

func (t *Table) Col(name string) (int, error) {
	if i := slices.Index(t.Header, name); i >= 0 {
		return i, nil
	}
	return -1, fmt.Errorf("column %q not found in %q", name, t.Header)
}

func readTable(s string) (*Table, error) {
	records, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		return nil, err
	}
	return &Table{Header: records[0], Rows: records[1:]}, nil
}

func main() {
	t, err := readTable(sales)
	if err != nil {
		fmt.Println("read error:", err)
		return
	}
	fmt.Printf("%d rows, header %q\n", len(t.Rows), t.Header)

	region, _ := t.Col("region")
	units, _ := t.Col("units")
	price, _ := t.Col("unit_price")
	product, _ := t.Col("product")

	revenue := map[string]float64{}
	totalUnits := map[string]int{}
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"product", "region", "revenue"})
	for _, row := range t.Rows {
		u, _ := strconv.Atoi(row[units])
		p, _ := strconv.ParseFloat(row[price], 64)
		revenue[row[region]] += float64(u) * p
		totalUnits[row[region]] += u
		w.Write([]string{row[product], row[region], strconv.FormatFloat(float64(u)*p, 'f', 2, 64)})
	}
	w.Flush()
	fmt.Print("projected CSV:\n", sb.String())

	fmt.Println("per region:")
	regions := make([]string, 0, len(revenue))
	for r := range revenue {
		regions = append(regions, r)
	}
	slices.Sort(regions)
	for _, r := range regions {
		fmt.Printf("  %-6s units=%3d revenue=%8.2f\n", r, totalUnits[r], revenue[r])
	}

	if _, err := t.Col("discount"); err != nil {
		fmt.Println("error:", err)
	}
	_, err = readTable("a,b\n1,\"unterminated\n")
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("parse error at line %d col %d: %v\n", pe.Line, pe.Column, pe.Err)
	}
	_, err = readTable("a,b\n1,2,3\n")
	fmt.Printf("field count: %v (is ErrFieldCount: %t)\n", err, errors.Is(err, csv.ErrFieldCount))
}
