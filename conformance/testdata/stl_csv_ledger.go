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

const ledger = `date,account,description,amount
2024-01-03,checking,"Coffee, large",-4.50
2024-01-03,checking,Salary,2500.00
2024-01-05,savings,Transfer in,500.00
2024-01-05,checking,Transfer out,-500.00
2024-01-09,credit,"Book ""Go in Action""",-39.99
2024-01-12,checking,Groceries,-82.17
2024-01-15,credit,Payment,39.99
`

type entry struct {
	date, account, desc string
	cents               int64
}

func parseCents(s string) (int64, error) {
	whole, frac, _ := strings.Cut(s, ".")
	frac = (frac + "00")[:2]
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	return n, nil
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

func main() {
	r := csv.NewReader(strings.NewReader(ledger))
	header, err := r.Read()
	if err != nil {
		fmt.Println("header error:", err)
		return
	}
	fmt.Printf("columns: %q\n", header)

	var entries []entry
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			return
		}
		c, err := parseCents(rec[3])
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		entries = append(entries, entry{rec[0], rec[1], rec[2], c})
	}
	for _, e := range entries {
		fmt.Printf("%s %-9s %-22q %9s\n", e.date, e.account, e.desc, money(e.cents))
	}

	totals := map[string]int64{}
	counts := map[string]int{}
	for _, e := range entries {
		totals[e.account] += e.cents
		counts[e.account]++
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"account", "entries", "total"})
	for _, acct := range slices.Sorted(func(yield func(string) bool) {
		for k := range totals {
			if !yield(k) {
				return
			}
		}
	}) {
		w.Write([]string{acct, strconv.Itoa(counts[acct]), money(totals[acct])})
	}
	w.Write([]string{"has,comma", `has "quote"`, "plain", " lead space"})
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println("write error:", err)
	}

	br := csv.NewReader(strings.NewReader("a,b,c\n1,2\n"))
	_, err = br.ReadAll()
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Println("bad csv:", err, "| line", pe.Line, "field count:", errors.Is(err, csv.ErrFieldCount))
	}
	_, err = csv.NewReader(strings.NewReader("x,\"unterminated\n")).Read()
	fmt.Println("quote error:", err)

	tsv := csv.NewReader(strings.NewReader("# comment\nx\ty\n1\t2\n"))
	tsv.Comma = '\t'
	tsv.Comment = '#'
	all, _ := tsv.ReadAll()
	fmt.Printf("tsv: %q\n", all)

	lazy := csv.NewReader(strings.NewReader(`a "quoted" word,b` + "\n"))
	lazy.LazyQuotes = true
	rec, err := lazy.Read()
	fmt.Printf("lazy: %q %v\n", rec, err)
}
