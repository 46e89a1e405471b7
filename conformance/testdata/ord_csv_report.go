package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const salesCSV = `region,rep,quarter,units,revenue
North,"Smith, J",Q1,120,14400.00
North,"Smith, J",Q2,95,11875.50
South,Patel,Q1,210,23100.00
South,Patel,Q2,180,20520.25
East,Okafor,Q1,75,9750.00
East,Okafor,Q2,130,16900.00
West,Nguyen,Q1,60,7200.00
West,Nguyen,Q2,x,7800.00
South,Lopez,Q2,40,4400.00
`

type agg struct {
	units   int
	revenue float64
	rows    int
}

func main() {
	r := csv.NewReader(strings.NewReader(salesCSV))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println("read error:", err)
		return
	}
	header := records[0]
	fmt.Printf("columns: %q\n", header)

	byRegion := map[string]*agg{}
	byQuarter := map[string]*agg{}
	var skipped []string
	for i, rec := range records[1:] {
		units, err := strconv.Atoi(rec[3])
		if err != nil {
			skipped = append(skipped, fmt.Sprintf("row %d: %v", i+2, err))
			continue
		}
		rev, err := strconv.ParseFloat(rec[4], 64)
		if err != nil {
			skipped = append(skipped, fmt.Sprintf("row %d: %v", i+2, err))
			continue
		}
		for _, pair := range []struct {
			m   map[string]*agg
			key string
		}{{byRegion, rec[0]}, {byQuarter, rec[2]}} {
			a := pair.m[pair.key]
			if a == nil {
				a = &agg{}
				pair.m[pair.key] = a
			}
			a.units += units
			a.revenue += rev
			a.rows++
		}
	}

	printTable := func(title string, m map[string]*agg) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return m[keys[i]].revenue > m[keys[j]].revenue })
		fmt.Println(title)
		tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  key\trows\tunits\trevenue\tavg/unit")
		for _, k := range keys {
			a := m[k]
			fmt.Fprintf(tw, "  %s\t%d\t%d\t%.2f\t%.3f\n", k, a.rows, a.units, a.revenue, a.revenue/float64(a.units))
		}
		tw.Flush()
	}
	printTable("by region:", byRegion)
	printTable("by quarter:", byQuarter)

	for _, s := range skipped {
		fmt.Println("skipped", s)
	}

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"note", "value"})
	w.Write([]string{`has "quotes"`, "1,000"})
	w.Write([]string{"plain", "42"})
	w.Flush()
}
