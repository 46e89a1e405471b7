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

const salesCSV = `region,product,units,unit_price
North,Widget,12,2.50
South,Gadget,3,19.99
North,Gadget,5,19.99
East,Widget,40,2.45
South,Widget,7,2.50
"West, Coast",Doohickey,2,105.00
East,Gizmo,oops,7.00
North,Widget,8,2.50`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func (s Sale) Total() float64 { return float64(s.Units) * s.Price }

type RowError struct {
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

func load(r io.Reader) (sales []Sale, errs []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	fmt.Printf("columns: %q\n", header)
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			errs = append(errs, &RowError{line, err})
			continue
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		sales = append(sales, Sale{rec[0], rec[1], units, price})
	}
	return sales, errs
}

func main() {
	sales, errs := load(strings.NewReader(salesCSV))
	for _, e := range errs {
		var re *RowError
		var ne *strconv.NumError
		fmt.Println("skip:", e, errors.As(e, &re), errors.As(e, &ne) && ne.Func == "Atoi")
	}
	byRegion := map[string]float64{}
	unitsBy := map[string]int{}
	var grand float64
	for _, s := range sales {
		byRegion[s.Region] += s.Total()
		unitsBy[s.Region] += s.Units
		grand += s.Total()
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })

	fmt.Printf("%-12s|%6s|%10s|%7s\n", "Region", "Units", "Revenue", "Share")
	fmt.Println(strings.Repeat("-", 12) + "+" + strings.Repeat("-", 6) + "+" + strings.Repeat("-", 10) + "+" + strings.Repeat("-", 7))
	for _, r := range regions {
		fmt.Printf("%-12s|%6d|%10.2f|%6.1f%%\n", r, unitsBy[r], byRegion[r], 100*byRegion[r]/grand)
	}
	fmt.Printf("%-12s|%6s|%10.2f|\n", "TOTAL", "", grand)
	w := csv.NewWriter(os.Stdout)
	for _, r := range regions {
		_ = w.Write([]string{r, strconv.FormatFloat(byRegion[r], 'f', 2, 64)})
	}
	w.Flush()
	fmt.Printf("%8.2f|%-8s| err=%v\n", sales[0].Total(), sales[0].Product, w.Error())
}
