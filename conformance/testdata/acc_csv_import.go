package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

const bankExport = `date,description,category,amount,currency
2024-03-01,"Office rent, March",Rent,-2500.00,USD
2024-03-02,Client payment INV-204,Income,4200.50,USD
2024-03-03,"Coffee ""beans"" bulk",Supplies,-48.9,USD
2024-03-05,Software subscription,Software,-99.99,USD
2024-03-07,Refund from vendor,Supplies,12.5,USD
2024-13-01,Bad date row,Misc,-1.00,USD
2024-03-09,Missing amount,Misc,,USD
2024-03-10,Euro invoice,Income,300.00,EUR
2024-03-11,Too precise,Supplies,-3.999,USD
2024-03-12,Client payment INV-207,Income,1875,USD
2024-03-15,Internet,Utilities,-79.00,USD
`

type Txn struct {
	Date     time.Time
	Desc     string
	Category string
	Cents    int64
}

type RowError struct {
	Row   int
	Field string
	Err   error
}

func (e *RowError) Error() string { return fmt.Sprintf("row %d, field %s: %v", e.Row, e.Field, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

var (
	ErrEmpty    = errors.New("value is empty")
	ErrPrecison = errors.New("more than two decimal places")
	ErrCurrency = errors.New("unsupported currency")
)

func parseCents(s string) (int64, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		return 0, ErrPrecison
	}
	frac += strings.Repeat("0", 2-len(frac))
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, err
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, err
	}
	if strings.HasPrefix(whole, "-") {
		return w*100 - f, nil
	}
	return w*100 + f, nil
}

func main() {
	r := csv.NewReader(strings.NewReader(bankExport))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println("csv error:", err)
		return
	}
	col := map[string]int{}
	for i, h := range records[0] {
		col[h] = i
	}
	var txns []Txn
	var errs []error
	for i, rec := range records[1:] {
		row := i + 2
		d, err := time.Parse("2006-01-02", rec[col["date"]])
		if err != nil {
			errs = append(errs, &RowError{row, "date", err})
			continue
		}
		if cur := rec[col["currency"]]; cur != "USD" {
			errs = append(errs, &RowError{row, "currency", fmt.Errorf("%w: %q", ErrCurrency, cur)})
			continue
		}
		c, err := parseCents(rec[col["amount"]])
		if err != nil {
			errs = append(errs, &RowError{row, "amount", err})
			continue
		}
		txns = append(txns, Txn{d, rec[col["description"]], rec[col["category"]], c})
	}
	fmt.Printf("imported %d transactions, %d rejected\n", len(txns), len(errs))
	joined := errors.Join(errs...)
	fmt.Println(joined)
	var re *RowError
	if errors.As(joined, &re) {
		fmt.Printf("first rejected row: %d (%s)\n", re.Row, re.Field)
	}
	fmt.Println("contains empty-value error:", errors.Is(joined, ErrEmpty))
	fmt.Println("contains currency error:", errors.Is(joined, ErrCurrency))

	byCat := map[string]int64{}
	var net int64
	for _, t := range txns {
		byCat[t.Category] += t.Cents
		net += t.Cents
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	fmt.Println("\nby category:")
	for _, c := range cats {
		fmt.Printf("  %-10s %10.2f\n", c, float64(byCat[c])/100)
	}
	fmt.Printf("  %-10s %10.2f\n", "NET", float64(net)/100)

	fmt.Println("\nnormalized export:")
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"day", "memo", "cents"})
	for _, t := range txns {
		w.Write([]string{t.Date.Format("Mon 02 Jan"), t.Desc, strconv.FormatInt(t.Cents, 10)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println("write error:", err)
	}
}
