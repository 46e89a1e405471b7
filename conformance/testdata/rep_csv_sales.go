package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

const salesCSV = `region,rep,product,units,unit_price
West,Kim,Laptop,3,899.00
East,Ravi,Monitor,10,189.99
West,Kim,Dock,5,129.50
North,Olu,Laptop,2,899.00
East,Ravi,Laptop,x,899.00
East,Mara,Monitor,4,189.99
"South, Coastal",Tess,Keyboard,25,49.95
North,Olu,Monitor,-1,189.99
West,Ana,Laptop,1,949.00
`

type Sale struct {
	Region  string
	Rep     string
	Product string
	Units   int
	Price   float64
}

func (s Sale) Total() float64 { return float64(s.Units) * s.Price }

type RowError struct {
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

var errNegative = errors.New("negative quantity")

func parseRow(rec []string) (Sale, error) {
	units, err := strconv.Atoi(rec[3])
	if err != nil {
		return Sale{}, fmt.Errorf("units: %w", err)
	}
	if units < 0 {
		return Sale{}, fmt.Errorf("units %d: %w", units, errNegative)
	}
	price, err := strconv.ParseFloat(rec[4], 64)
	if err != nil {
		return Sale{}, fmt.Errorf("price: %w", err)
	}
	return Sale{rec[0], rec[1], rec[2], units, price}, nil
}

func main() {
	r := csv.NewReader(strings.NewReader(salesCSV))
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	fmt.Println("columns:", strings.Join(header, " | "))

	var sales []Sale
	var problems []error
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			problems = append(problems, &RowError{line, err})
			continue
		}
		s, err := parseRow(rec)
		if err != nil {
			problems = append(problems, &RowError{line, err})
			continue
		}
		sales = append(sales, s)
	}

	fmt.Printf("parsed %d rows, %d rejected\n", len(sales), len(problems))
	for _, p := range problems {
		var numErr *strconv.NumError
		switch {
		case errors.As(p, &numErr):
			fmt.Printf("  %v [bad number %q]\n", p, numErr.Num)
		case errors.Is(p, errNegative):
			fmt.Printf("  %v [negative]\n", p)
		default:
			fmt.Printf("  %v\n", p)
		}
	}

	byRegion := map[string]float64{}
	byRep := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += s.Total()
		byRep[s.Rep] += s.Units
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	fmt.Println("\nRevenue by region:")
	grand := 0.0
	for _, k := range regions {
		grand += byRegion[k]
		fmt.Printf("  %-16s %10.2f\n", k, byRegion[k])
	}
	fmt.Printf("  %-16s %10.2f\n", "TOTAL", grand)

	reps := make([]string, 0, len(byRep))
	for k := range byRep {
		reps = append(reps, k)
	}
	sort.Strings(reps)
	fmt.Println("\nUnits by rep:")
	for _, k := range reps {
		fmt.Printf("  %-6s %3d\n", k, byRep[k])
	}
}
