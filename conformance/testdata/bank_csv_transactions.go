package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `id,date,account,type,amount
1,2024-01-03,checking,deposit,1500.00
2,2024-01-04,checking,withdrawal,200.50
3,2024-01-04,savings,deposit,300
4,2024-01-05,checking,withdrawal,abc
5,2024-01-06,savings,interest,1.25
6,2024-01-07,checking,fee,2.00
7,2024-01-07,brokerage,deposit
8,2024-01-09,savings,withdrawal,50.75
9,2024-01-10,checking,deposit,420.10
`

type Txn struct {
	ID      int
	Date    string
	Account string
	Kind    string
	Cents   int64
}

var errFieldCount = errors.New("wrong number of fields")

func parseCents(s string) (int64, error) {
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	if len(frac) > 2 {
		return 0, fmt.Errorf("amount %q: too many decimals", s)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	return w*100 + f, nil
}

func parseLine(line string) (Txn, error) {
	fields := strings.Split(line, ",")
	if len(fields) != 5 {
		return Txn{}, fmt.Errorf("got %d: %w", len(fields), errFieldCount)
	}
	id, err := strconv.Atoi(fields[0])
	if err != nil {
		return Txn{}, err
	}
	c, err := parseCents(fields[4])
	if err != nil {
		return Txn{}, err
	}
	return Txn{id, fields[1], fields[2], fields[3], c}, nil
}

func main() {
	lines := strings.Split(strings.TrimSpace(data), "\n")
	header := strings.Split(lines[0], ",")
	fmt.Println("columns:", header)

	var txns []Txn
	for n, line := range lines[1:] {
		t, err := parseLine(line)
		if err != nil {
			fmt.Printf("line %d skipped: %v\n", n+2, err)
			if errors.Is(err, errFieldCount) {
				fmt.Println("  (check for a missing column)")
			}
			continue
		}
		txns = append(txns, t)
	}
	fmt.Printf("parsed %d of %d rows\n\n", len(txns), len(lines)-1)

	balances := map[string]int64{}
	for _, t := range txns {
		switch t.Kind {
		case "deposit", "interest":
			balances[t.Account] += t.Cents
		case "withdrawal", "fee":
			balances[t.Account] -= t.Cents
		default:
			fmt.Println("unknown type", t.Kind)
		}
	}

	accounts := make([]string, 0, len(balances))
	for a := range balances {
		accounts = append(accounts, a)
	}
	sort.Strings(accounts)
	for _, a := range accounts {
		b := balances[a]
		fmt.Printf("%-10s %10.2f\n", a, float64(b)/100)
	}
}
