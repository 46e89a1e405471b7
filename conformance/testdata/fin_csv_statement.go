package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
)

const statement = `date,description,category,amount
2024-04-01,"Opening balance",,2500.00
2024-04-02,"GROCER, INC.",groceries,-84.17
2024-04-03,Payroll ACME Corp,income,3120.55
2024-04-05,City Utilities,utilities,-142.30
2024-04-07,"Coffee ""Bean"" House",dining,-6.75
2024-04-09,Rent April,housing,-1650.00
2024-04-11,GROCER INC,groceries,-56.02
2024-04-13,Refund - Shoes,shopping,39.99
2024-04-13,Shoe Store,shopping,-89.99
2024-04-15,Bad row,misc,twelve
2024-04-18,Pizza Place,dining,-23.40
2024-04-20,Interest,income,1.07
2024-04-31,Impossible date,misc,-1.00
2024-04-28,Internet,utilities,-59.99
`

type Row struct {
	Date     time.Time
	Desc     string
	Category string
	Cents    int64
}

func parseCents(s string) (int64, error) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		return 0, fmt.Errorf("too many decimals in %q", s)
	}
	frac = (frac + "00")[:2]
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, err
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, err
	}
	v := w*100 + f
	if neg {
		v = -v
	}
	return v, nil
}

func fmtC(c int64) string {
	sign := " "
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

func main() {
	r := csv.NewReader(strings.NewReader(statement))
	header, err := r.Read()
	if err != nil {
		fmt.Println("header:", err)
		return
	}
	fmt.Println("columns:", strings.Join(header, " | "))

	var rows []Row
	var problems []string
	for line := 2; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		d, err := time.Parse(time.DateOnly, rec[0])
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: bad date %q", line, rec[0]))
			continue
		}
		c, err := parseCents(rec[3])
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: bad amount: %v", line, err))
			continue
		}
		rows = append(rows, Row{d, rec[1], rec[2], c})
	}

	var balance int64
	byCat := map[string]int64{}
	var in, out int64
	for _, row := range rows {
		balance += row.Cents
		if row.Category != "" {
			byCat[row.Category] += row.Cents
			if row.Cents > 0 {
				in += row.Cents
			} else {
				out += row.Cents
			}
		}
		fmt.Printf("%s %-22.22s %10s %10s\n", row.Date.Format("Jan 02"), row.Desc, fmtC(row.Cents), fmtC(balance))
	}
	fmt.Printf("parsed %d rows, %d problem(s):\n", len(rows), len(problems))
	for _, p := range problems {
		fmt.Println("  !", p)
	}

	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool {
		if byCat[cats[i]] != byCat[cats[j]] {
			return byCat[cats[i]] < byCat[cats[j]]
		}
		return cats[i] < cats[j]
	})
	fmt.Println("by category:")
	for _, c := range cats {
		fmt.Printf("  %-10s %10s\n", c, fmtC(byCat[c]))
	}
	fmt.Printf("inflows %s outflows %s closing %s\n", fmtC(in), fmtC(out), fmtC(balance))

	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"category", "total"})
	for _, c := range cats {
		w.Write([]string{c, strings.TrimSpace(fmtC(byCat[c]))})
	}
	w.Write([]string{"note, with comma", `say "hi"`})
	w.Flush()
	fmt.Print(sb.String())
}
