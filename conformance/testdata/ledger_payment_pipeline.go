package main

import (
	"fmt"
	"strings"
	"sync"
)

type Payment struct {
	Seq      int
	Payer    string
	Amount   int64
	Currency string
}

type Result struct {
	Payment
	Fee    int64
	Status string
}

func generate(payments []Payment) <-chan Payment {
	out := make(chan Payment)
	go func() {
		defer close(out)
		for _, p := range payments {
			out <- p
		}
	}()
	return out
}

func validate(in <-chan Payment) <-chan Result {
	out := make(chan Result)
	go func() {
		defer close(out)
		for p := range in {
			r := Result{Payment: p, Status: "ok"}
			switch {
			case p.Amount <= 0:
				r.Status = "invalid amount"
			case p.Currency != "USD" && p.Currency != "EUR":
				r.Status = "unsupported " + p.Currency
			}
			out <- r
		}
	}()
	return out
}

// chargeFees fans out to several workers; results arrive in any order.
func chargeFees(in <-chan Result, workers int) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				if r.Status == "ok" {
					r.Fee = max(25, r.Amount*29/1000) // 2.9% with a 25 cent minimum
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

func main() {
	var payments []Payment
	payers := []string{"ann", "ben", "cat", "dan"}
	currencies := []string{"USD", "EUR", "USD", "JPY", "USD"}
	for i := range 12 {
		payments = append(payments, Payment{
			Seq:      i + 1,
			Payer:    payers[i%len(payers)],
			Amount:   int64((i*37)%11*500 - 500),
			Currency: currencies[i%len(currencies)],
		})
	}

	// Collect into a slice indexed by sequence so output order is fixed.
	ordered := make([]Result, len(payments))
	for r := range chargeFees(validate(generate(payments)), 3) {
		ordered[r.Seq-1] = r
	}

	var gross, fees int64
	for _, r := range ordered {
		fmt.Printf("%2d %-3s %s %7d fee %4d %s\n", r.Seq, r.Payer, r.Currency, r.Amount, r.Fee, r.Status)
		if r.Status == "ok" {
			gross += r.Amount
			fees += r.Fee
		}
	}
	fmt.Println(strings.Repeat("-", 36))
	fmt.Printf("gross %d, fees %d, net %d\n", gross, fees, gross-fees)
}
