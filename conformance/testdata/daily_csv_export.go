package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

type Invoice struct {
	Number   string
	Customer string
	Issued   time.Time
	Amount   float64
	Paid     bool
	Notes    string
}

var header = []string{"number", "customer", "issued", "amount", "paid", "notes"}

func (inv Invoice) Record() []string {
	return []string{
		inv.Number,
		inv.Customer,
		inv.Issued.Format(time.DateOnly),
		strconv.FormatFloat(inv.Amount, 'f', 2, 64),
		strconv.FormatBool(inv.Paid),
		inv.Notes,
	}
}

func export(w *csv.Writer, invoices []Invoice) error {
	if err := w.Write(header); err != nil {
		return err
	}
	for _, inv := range invoices {
		if err := w.Write(inv.Record()); err != nil {
			return fmt.Errorf("invoice %s: %w", inv.Number, err)
		}
	}
	w.Flush()
	return w.Error()
}

func main() {
	invoices := []Invoice{
		{"INV-001", "Acme, Inc.", time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), 1250, true, ""},
		{"INV-002", `Bob "The Builder"`, time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC), 99.999, false, "net 30"},
		{"INV-003", "Zeta GmbH", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), 0.5, false, "line one\nline two"},
		{"INV-004", " leading space", time.Date(2024, 3, 3, 0, 0, 0, 0, time.UTC), 42, true, "a;b"},
	}

	w := csv.NewWriter(os.Stdout)
	if err := export(w, invoices); err != nil {
		fmt.Println("export failed:", err)
	}

	fmt.Println("--- semicolon, CRLF ---")
	var sb strings.Builder
	w2 := csv.NewWriter(&sb)
	w2.Comma = ';'
	w2.UseCRLF = true
	if err := export(w2, invoices[2:]); err != nil {
		fmt.Println("export failed:", err)
	}
	fmt.Printf("%q\n", sb.String())

	fmt.Println("--- round trip ---")
	var buf strings.Builder
	w3 := csv.NewWriter(&buf)
	export(w3, invoices)
	records, err := csv.NewReader(strings.NewReader(buf.String())).ReadAll()
	fmt.Println("rows:", len(records), "err:", err)
	for _, r := range records[1:] {
		amt, _ := strconv.ParseFloat(r[3], 64)
		fmt.Printf("%s | %-18q | %8.2f | notes=%q\n", r[0], r[1], amt, r[5])
	}
}
