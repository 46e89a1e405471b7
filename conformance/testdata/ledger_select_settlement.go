package main

import (
	"fmt"
	"sort"
)

type Credit struct {
	Account string
	Amount  int64
}

type Debit struct {
	Account string
	Amount  int64
}

// Settle drains the credit and debit channels with select until both are
// closed, then reports on the done channel. Totals do not depend on the
// order in which select picks ready cases.
func Settle(credits <-chan Credit, debits <-chan Debit, done chan<- map[string]int64) {
	net := map[string]int64{}
	for credits != nil || debits != nil {
		select {
		case c, ok := <-credits:
			if !ok {
				credits = nil // a nil channel blocks forever, disabling this case
				continue
			}
			net[c.Account] += c.Amount
		case d, ok := <-debits:
			if !ok {
				debits = nil
				continue
			}
			net[d.Account] -= d.Amount
		}
	}
	done <- net
}

func main() {
	credits := make(chan Credit, 4)
	debits := make(chan Debit)
	done := make(chan map[string]int64)

	go Settle(credits, debits, done)

	go func() {
		defer close(credits)
		for i := range 9 {
			credits <- Credit{Account: []string{"ops", "payroll", "tax"}[i%3], Amount: int64(100 * (i + 1))}
		}
	}()
	go func() {
		defer close(debits)
		for i := range 6 {
			debits <- Debit{Account: []string{"ops", "tax"}[i%2], Amount: int64(300 * (i + 1))}
		}
	}()

	net := <-done
	keys := make([]string, 0, len(net))
	for k := range net {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var total int64
	for _, k := range keys {
		fmt.Printf("%-8s %+6d\n", k, net[k])
		total += net[k]
	}
	fmt.Println("net position:", total)

	// Non-blocking send/receive with default.
	alerts := make(chan string, 1)
	for _, k := range keys {
		if net[k] < 0 {
			select {
			case alerts <- k + " overdrawn":
				fmt.Println("queued alert for", k)
			default:
				fmt.Println("alert queue full, dropped", k)
			}
		}
	}
	select {
	case a := <-alerts:
		fmt.Println("alert:", a)
	default:
		fmt.Println("no alerts")
	}
	select {
	case a := <-alerts:
		fmt.Println("alert:", a)
	default:
		fmt.Println("no more alerts")
	}
}
