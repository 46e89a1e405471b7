package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const rawCSV = `city,month,rain_mm,sun_hours
Oslo,Jan,49.0,38
Oslo,Feb,36.5,71
Oslo,Mar,47.2,123
Lima,Jan,1.2,189
Lima,Feb,0.8,180
Lima,Mar,bad,195
Pune,Jan,2.0,290
Pune,Feb,1.0,275
Pune,Mar,3.4,
Pune,Apr,5.1,300`

type Row struct {
	City     string
	Month    string
	RainMM   float64
	SunHours int
}

type ParseError struct {
	Line int
	Err  error
}

func (p ParseError) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }
func (p ParseError) Unwrap() error { return p.Err }

func parseRow(line int, fields []string) (Row, error) {
	if len(fields) != 4 {
		return Row{}, ParseError{line, fmt.Errorf("want 4 fields, got %d", len(fields))}
	}
	rain, err := strconv.ParseFloat(fields[2], 64)
	if err != nil {
		return Row{}, ParseError{line, fmt.Errorf("rain: %w", err)}
	}
	sun, err := strconv.Atoi(fields[3])
	if err != nil {
		return Row{}, ParseError{line, fmt.Errorf("sun: %w", err)}
	}
	return Row{fields[0], fields[1], rain, sun}, nil
}

func parse(text string) ([]string, []Row, []error) {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	header := strings.Split(lines[0], ",")
	var rows []Row
	var errs []error
	for i, l := range lines[1:] {
		r, err := parseRow(i+2, strings.Split(l, ","))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rows = append(rows, r)
	}
	return header, rows, errs
}

func main() {
	header, rows, errs := parse(rawCSV)
	fmt.Printf("columns (%d): %q\n", len(header), header)
	fmt.Printf("parsed %d rows, %d errors\n", len(rows), len(errs))
	for _, e := range errs {
		var pe ParseError
		fmt.Println("  skip:", e, "| is ParseError:", errors.As(e, &pe), "| numeric:", errors.Is(e, strconv.ErrSyntax))
	}
	fmt.Println()
	fmt.Printf("%-6s %-5s %8s %6s\n", "city", "month", "rain", "sun")
	totals := map[string][2]float64{}
	order := []string{}
	for _, r := range rows {
		fmt.Printf("%-6s %-5s %8.1f %6d\n", r.City, r.Month, r.RainMM, r.SunHours)
		t, seen := totals[r.City]
		if !seen {
			order = append(order, r.City)
		}
		t[0] += r.RainMM
		t[1] += float64(r.SunHours)
		totals[r.City] = t
	}
	fmt.Println()
	fmt.Println("per-city totals:")
	for _, c := range order {
		t := totals[c]
		fmt.Printf("  %-6s rain %6.1f mm  sun %5.0f h\n", c, t[0], t[1])
	}
	fmt.Printf("first row: %+v\n", rows[0])
}
