package main

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func ParseCents(s string) (Cents, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	return Cents(math.Round(f * 100)), nil
}

type Txn struct {
	Ref    string
	Amount Cents
}

var ErrMismatch = errors.New("amount mismatch")

func parseLedger(data string) (map[string]Txn, error) {
	out := map[string]Txn{}
	var errs []error
	for i, line := range strings.Split(strings.TrimSpace(data), "\n") {
		fields := strings.Fields(line)
		if len(fields) != 2 {
			errs = append(errs, fmt.Errorf("line %d: want 2 fields, got %d", i+1, len(fields)))
			continue
		}
		amt, err := ParseCents(fields[1])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", i+1, err))
			continue
		}
		out[fields[0]] = Txn{fields[0], amt}
	}
	return out, errors.Join(errs...)
}

func main() {
	bank, err := parseLedger(`
T001 -45.10
T002 1200.00
T003 -19.99
T004 -300
T006 -8.5
T007 oops`)
	fmt.Printf("bank parse errors:\n%v\n", err)
	books, _ := parseLedger(`
T001 -45.10
T002 1200
T003 -21.99
T005 -60.00
T006 -8.50`)
	union := maps.Clone(bank)
	maps.Copy(union, books)
	refs := slices.Sorted(maps.Keys(union))
	var bankTotal, bookTotal Cents
	var problems []error
	for _, ref := range refs {
		b, inBank := bank[ref]
		k, inBooks := books[ref]
		bankTotal += b.Amount
		bookTotal += k.Amount
		switch {
		case inBank && inBooks && b.Amount == k.Amount:
			fmt.Printf("%s matched   %10v\n", ref, b.Amount)
		case inBank && inBooks:
			problems = append(problems, fmt.Errorf("%s: bank %v vs books %v: %w", ref, b.Amount, k.Amount, ErrMismatch))
			fmt.Printf("%s MISMATCH  %10v %10v diff %v\n", ref, b.Amount, k.Amount, b.Amount-k.Amount)
		case inBank:
			fmt.Printf("%s bank only %10v\n", ref, b.Amount)
		default:
			fmt.Printf("%s book only %10v\n", ref, k.Amount)
		}
	}
	fmt.Printf("bank total %v, book total %v, difference %v\n", bankTotal, bookTotal, bankTotal-bookTotal)
	joined := errors.Join(problems...)
	fmt.Println("has mismatch:", errors.Is(joined, ErrMismatch), "count:", len(problems))
}
