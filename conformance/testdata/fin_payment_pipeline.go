package main

import (
	"fmt"
	"strings"
	"sync"
)

type Payment struct {
	Seq      int
	Payer    string
	Payee    string
	Cents    int64
	Currency string
}

type Result struct {
	Payment
	Fee    int64
	Status string
}

// stage 1: validate
func validate(in <-chan Payment) <-chan Result {
	out := make(chan Result)
	go func() {
		defer close(out)
		for p := range in {
			r := Result{Payment: p, Status: "ok"}
			switch {
			case p.Cents <= 0:
				r.Status = "rejected: non-positive amount"
			case p.Payer == p.Payee:
				r.Status = "rejected: self payment"
			case p.Currency != "USD" && p.Currency != "EUR":
				r.Status = "rejected: unsupported currency " + p.Currency
			}
			out <- r
		}
	}()
	return out
}

// stage 2: fee calculation fanned out over several workers
func priceFees(in <-chan Result, workers int) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				if r.Status == "ok" {
					// 0.29% + 30c, capped at $25
					r.Fee = min(r.Cents*29/10000+30, 2500)
					if r.Currency == "EUR" {
						r.Fee += 15 // cross-border surcharge
					}
				}
				out <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func cents(c int64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func main() {
	raw := `alice,bob,1250.00,USD
bob,carol,19.99,USD
carol,carol,5.00,USD
dave,alice,0.00,USD
erin,frank,99999.99,EUR
frank,bob,42.42,GBP
alice,erin,310.10,EUR
gina,hank,7.77,USD
hank,gina,15000.00,USD
ivan,alice,0.01,USD`

	src := make(chan Payment)
	go func() {
		defer close(src)
		for i, line := range strings.Split(raw, "\n") {
			f := strings.Split(line, ",")
			var whole, frac int64
			fmt.Sscanf(f[2], "%d.%d", &whole, &frac)
			src <- Payment{Seq: i + 1, Payer: f[0], Payee: f[1], Cents: whole*100 + frac, Currency: f[3]}
		}
	}()

	// Results arrive in nondeterministic order; place them by sequence number.
	results := make([]Result, len(strings.Split(raw, "\n")))
	for r := range priceFees(validate(src), 4) {
		results[r.Seq-1] = r
	}

	var fees, settled int64
	byCur := map[string]int64{}
	for _, r := range results {
		fmt.Printf("%2d %-5s -> %-5s %10s %s fee=%6s %s\n", r.Seq, r.Payer, r.Payee, cents(r.Cents), r.Currency, cents(r.Fee), r.Status)
		if r.Status == "ok" {
			fees += r.Fee
			settled += r.Cents
			byCur[r.Currency] += r.Cents
		}
	}
	fmt.Printf("settled %s in fees %s\n", cents(settled), cents(fees))
	for _, c := range []string{"EUR", "USD"} {
		fmt.Printf("  %s volume %s\n", c, cents(byCur[c]))
	}
}
