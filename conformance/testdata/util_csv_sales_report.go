package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

const data = `region,product,units,unit_price
north,widget,12,2.50
south,widget,7,2.50
north,gadget,3,19.99
east,"gizmo, deluxe",1,149.00
south,gadget,5,19.99
west,widget,not-a-number,2.50
east,widget,20,2.40
north,"gizmo, deluxe",2,149.00
`

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func (s Sale) Total() float64 { return float64(s.Units) * s.Price }

func readSales(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	idx := map[string]int{}
	for i, h := range header {
		idx[h] = i
	}
	var sales []Sale
	var errs []error
	line := 1
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			errs = append(errs, err)
			continue
		}
		units, err := strconv.Atoi(rec[idx["units"]])
		if err != nil {
			errs = append(errs, fmt.Errorf("row %d: units: %w", line, err))
			continue
		}
		price, err := strconv.ParseFloat(rec[idx["unit_price"]], 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("row %d: price: %w", line, err))
			continue
		}
		sales = append(sales, Sale{rec[idx["region"]], rec[idx["product"]], units, price})
	}
	return sales, errs
}

func main() {
	sales, errs := readSales(strings.NewReader(data))
	for _, e := range errs {
		fmt.Println("skip:", e)
		fmt.Println("  is ErrSyntax:", errors.Is(e, strconv.ErrSyntax))
	}

	byRegion := map[string]float64{}
	byProduct := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += s.Total()
		byProduct[s.Product] += s.Units
	}

	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	slices.SortFunc(regions, func(a, b string) int {
		if byRegion[a] > byRegion[b] {
			return -1
		} else if byRegion[a] < byRegion[b] {
			return 1
		}
		return strings.Compare(a, b)
	})
	fmt.Println("revenue by region:")
	for _, r := range regions {
		fmt.Printf("  %-6s %8.2f\n", r, byRegion[r])
	}

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "units"})
	products := make([]string, 0, len(byProduct))
	for p := range byProduct {
		products = append(products, p)
	}
	slices.Sort(products)
	for _, p := range products {
		w.Write([]string{p, strconv.Itoa(byProduct[p])})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println("csv write:", err)
	}
}
