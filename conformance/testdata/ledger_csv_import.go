package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const bankExport = `# date,ref,description,amount
2024-03-01,1001,"Coffee beans",-18.40
2024-03-02,1002,Client payment,1500.00
2024-03-02,1003,Refund,+25.5
2024-03-04,10x4,Bad reference,-3.00
2024-03-05,1005,Hosting,-12.999
2024-03-06,1006,Office supplies
2024-03-07,1007,Transfer to savings,-400

2024-03-08,1008,Interest,0.37`

type Row struct {
	Date  string
	Ref   int
	Desc  string
	Cents int64
}

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var ErrFieldCount = errors.New("wrong number of fields")

// parseCents converts a decimal string like "-12.5" into cents exactly,
// without going through float64.
func parseCents(s string) (int64, error) {
	whole, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac && len(frac) > 2 {
		return 0, fmt.Errorf("amount %q has more than two decimals", s)
	}
	frac = (frac + "00")[:2]
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	return n, nil
}

func parseLine(n int, line string) (Row, error) {
	fields := strings.Split(line, ",")
	if len(fields) != 4 {
		return Row{}, &ParseError{n, fmt.Errorf("%w: got %d", ErrFieldCount, len(fields))}
	}
	ref, err := strconv.Atoi(fields[1])
	if err != nil {
		return Row{}, &ParseError{n, err}
	}
	cents, err := parseCents(strings.TrimSpace(fields[3]))
	if err != nil {
		return Row{}, &ParseError{n, err}
	}
	desc := fields[2]
	if unq, err := strconv.Unquote(desc); err == nil {
		desc = unq
	}
	return Row{fields[0], ref, desc, cents}, nil
}

func main() {
	var rows []Row
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(bankExport))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r, err := parseLine(n, line)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rows = append(rows, r)
	}

	var total int64
	for _, r := range rows {
		total += r.Cents
		fmt.Printf("%s #%d %-20q %s\n", r.Date, r.Ref, r.Desc, strconv.FormatFloat(float64(r.Cents)/100, 'f', 2, 64))
	}
	fmt.Println("imported:", len(rows), "total cents:", total)

	for _, err := range errs {
		var numErr *strconv.NumError
		var pe *ParseError
		errors.As(err, &pe)
		switch {
		case errors.As(err, &numErr):
			fmt.Printf("skip line %d: bad number %q (%v)\n", pe.Line, numErr.Num, numErr.Err)
		case errors.Is(err, ErrFieldCount):
			fmt.Printf("skip line %d: %v\n", pe.Line, pe.Err)
		default:
			fmt.Println("skip:", err)
		}
	}
	fmt.Println(strconv.Quote("tab\there"), strconv.Itoa(-42), strconv.FormatInt(255, 16))
}
