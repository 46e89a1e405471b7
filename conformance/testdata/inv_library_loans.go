package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
)

type Copy struct {
	Barcode string
	Title   string
}

type Loan struct {
	Copy
	Member string
	Out    int // day number
	Due    int
}

func (l Loan) Overdue(today int) int {
	return max(0, today-l.Due)
}

var (
	ErrOnLoan       = errors.New("copy already on loan")
	ErrNotOnLoan    = errors.New("copy not on loan")
	ErrLimitReached = errors.New("member loan limit reached")
)

type Library struct {
	catalog map[string]Copy
	loans   map[string]Loan
	limit   int
}

func (lib *Library) Checkout(barcode, member string, day int) error {
	if _, ok := lib.loans[barcode]; ok {
		return fmt.Errorf("checkout %s: %w", barcode, ErrOnLoan)
	}
	n := 0
	for _, l := range lib.loans {
		if l.Member == member {
			n++
		}
	}
	if n >= lib.limit {
		return fmt.Errorf("checkout %s for %s: %w (limit %d)", barcode, member, ErrLimitReached, lib.limit)
	}
	lib.loans[barcode] = Loan{Copy: lib.catalog[barcode], Member: member, Out: day, Due: day + 14}
	return nil
}

func (lib *Library) Return(barcode string, day int) (fine int, err error) {
	l, ok := lib.loans[barcode]
	if !ok {
		return 0, fmt.Errorf("return %s: %w", barcode, ErrNotOnLoan)
	}
	delete(lib.loans, barcode)
	return l.Overdue(day) * 25, nil
}

func main() {
	lib := &Library{catalog: map[string]Copy{}, loans: map[string]Loan{}, limit: 2}
	for _, c := range []Copy{
		{"B001", "The Go Programming Language"},
		{"B002", "Structure and Interpretation"},
		{"B003", "Designing Data-Intensive Apps"},
		{"B004", "The Pragmatic Programmer"},
	} {
		lib.catalog[c.Barcode] = c
	}
	try := func(what string, err error) {
		if err != nil {
			fmt.Printf("%-22s FAIL %v (onloan=%t limit=%t)\n", what, err,
				errors.Is(err, ErrOnLoan), errors.Is(err, ErrLimitReached))
			return
		}
		fmt.Printf("%-22s ok\n", what)
	}
	try("ana takes B001", lib.Checkout("B001", "ana", 1))
	try("ben takes B001", lib.Checkout("B001", "ben", 2))
	try("ana takes B002", lib.Checkout("B002", "ana", 3))
	try("ana takes B003", lib.Checkout("B003", "ana", 3))
	try("ben takes B004", lib.Checkout("B004", "ben", 5))

	fine, err := lib.Return("B001", 20)
	fmt.Printf("return B001 day 20: fine=%d cents err=%v\n", fine, err)
	_, err = lib.Return("B003", 20)
	fmt.Println("return B003:", err, "| not on loan:", errors.Is(err, ErrNotOnLoan))
	try("ana takes B003", lib.Checkout("B003", "ana", 21))

	barcodes := make([]string, 0, len(lib.loans))
	for b := range lib.loans {
		barcodes = append(barcodes, b)
	}
	slices.Sort(barcodes)
	today := 30
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "BARCODE\tTITLE\tMEMBER\tDUE\tOVERDUE")
	for _, b := range barcodes {
		l := lib.loans[b]
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\n", l.Barcode, l.Title, l.Member, l.Due, l.Overdue(today))
	}
	tw.Flush()
}
