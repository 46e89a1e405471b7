package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,units,price,note
North,"Widget, large",12,3.50,"said ""great"""
South,Gadget,7,12.00,
North,Gadget,3,12.00,"multi
line note"
East,"Widget, large",20,3.25,bulk
South,Widget,5,2.00,
East,Gizmo,x,9.99,bad units
West,Gizmo,4,9.99,`

type row struct {
	region, product string
	units           int
	price           float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println("read error:", err)
		return
	}
	header := records[0]
	fmt.Printf("columns: %s\n", strings.Join(header, " | "))
	var rows []row
	for i, rec := range records[1:] {
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("record %d: bad units %q: %v\n", i+2, rec[2], err)
			continue
		}
		price, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			fmt.Printf("record %d: bad price %q\n", i+2, rec[3])
			continue
		}
		if rec[4] != "" {
			fmt.Printf("record %d note: %q\n", i+2, rec[4])
		}
		rows = append(rows, row{rec[0], rec[1], units, price})
	}

	totals := map[string]float64{}
	units := map[string]int{}
	for _, rw := range rows {
		totals[rw.region] += float64(rw.units) * rw.price
		units[rw.region] += rw.units
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
	w.Write([]string{"region", "units", "revenue", "comment"})
	var grand float64
	for _, reg := range regions {
		grand += totals[reg]
		comment := ""
		if totals[reg] > 60 {
			comment = "top, \"strong\""
		}
		w.Write([]string{reg, strconv.Itoa(units[reg]), strconv.FormatFloat(totals[reg], 'f', 2, 64), comment})
	}
	w.Write([]string{"TOTAL", "", strconv.FormatFloat(grand, 'f', 2, 64), ""})
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println("write error:", err)
	}
	v, ok := totals["Central"]
	fmt.Printf("Central: %.2f (present=%v)\n", v, ok)
}
