package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ParseError records which row of a results file was bad.
type ParseError struct {
	Row   int
	Field string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("row %d, field %s: %v", e.Row, e.Field, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var ErrNegative = errors.New("negative count")

type Row struct {
	Precinct   string
	Registered int
	Yes, No    int
}

func (r Row) Turnout() float64 {
	return float64(r.Yes+r.No) / float64(r.Registered) * 100
}

func atoiField(row int, name, s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, &ParseError{row, name, err}
	}
	if n < 0 {
		return 0, &ParseError{row, name, ErrNegative}
	}
	return n, nil
}

func readResults(r io.Reader) ([]Row, []error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	var rows []Row
	var errs []error
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if line == 1 {
			continue // header
		}
		var row Row
		row.Precinct = rec[0]
		var e1, e2, e3 error
		row.Registered, e1 = atoiField(line, "registered", rec[1])
		row.Yes, e2 = atoiField(line, "yes", rec[2])
		row.No, e3 = atoiField(line, "no", rec[3])
		if err := errors.Join(e1, e2, e3); err != nil {
			errs = append(errs, err)
			continue
		}
		rows = append(rows, row)
	}
	return rows, errs
}

const data = `precinct,registered,yes,no
# county upload v2
"Elm Street",1200,430,390
"Maple, East",950,310,402
Pine,800,x12,300
Oak,1000,-5,610
Birch,640,288,199
`

func main() {
	rows, errs := readResults(strings.NewReader(data))
	yes, no := 0, 0
	for _, r := range rows {
		fmt.Printf("%-12q yes=%4d no=%4d turnout=%5.1f%%\n", r.Precinct, r.Yes, r.No, r.Turnout())
		yes += r.Yes
		no += r.No
	}
	fmt.Printf("measure: yes=%d no=%d -> passes=%t\n", yes, no, yes > no)

	for _, err := range errs {
		fmt.Println("error:", err)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("  first bad field %q on row %d\n", pe.Field, pe.Row)
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("  number error: func=%s input=%q\n", ne.Func, ne.Num)
		}
		if errors.Is(err, ErrNegative) {
			fmt.Println("  contains a negative count")
		}
	}
}
