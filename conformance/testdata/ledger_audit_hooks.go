package main

import (
	"fmt"
	"strings"
)

type Op struct {
	Kind    string
	Account string
	Amount  int64
}

// Handler processes an operation; Middleware wraps a handler with extra behaviour.
type Handler func(Op) error
type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func WithAudit(trail *[]string) Middleware {
	return func(next Handler) Handler {
		return func(op Op) error {
			err := next(op)
			status := "ok"
			if err != nil {
				status = "FAILED: " + err.Error()
			}
			*trail = append(*trail, fmt.Sprintf("%s %s %d -> %s", op.Kind, op.Account, op.Amount, status))
			return err
		}
	}
}

func WithLimit(limit int64) Middleware {
	return func(next Handler) Handler {
		return func(op Op) error {
			if op.Amount > limit {
				return fmt.Errorf("amount %d above limit %d", op.Amount, limit)
			}
			return next(op)
		}
	}
}

// WithCounter returns the middleware plus a closure that reads the count.
func WithCounter() (Middleware, func() int) {
	calls := 0
	mw := func(next Handler) Handler {
		return func(op Op) error {
			calls++
			return next(op)
		}
	}
	return mw, func() int { return calls }
}

func main() {
	balances := map[string]int64{"ops": 1000, "reserve": 5000}
	core := func(op Op) error {
		switch op.Kind {
		case "credit":
			balances[op.Account] += op.Amount
		case "debit":
			if balances[op.Account] < op.Amount {
				return fmt.Errorf("%s has only %d", op.Account, balances[op.Account])
			}
			balances[op.Account] -= op.Amount
		default:
			return fmt.Errorf("unknown op %q", op.Kind)
		}
		return nil
	}

	var trail []string
	counter, count := WithCounter()
	handle := Chain(core, counter, WithAudit(&trail), WithLimit(2000))

	ops := []Op{
		{"credit", "ops", 500},
		{"debit", "ops", 1200},
		{"debit", "ops", 900},
		{"debit", "reserve", 2500},
		{"refund", "ops", 10},
		{"credit", "reserve", 1999},
	}
	failed := 0
	for _, op := range ops {
		if handle(op) != nil {
			failed++
		}
	}
	fmt.Println("audit trail:")
	for i, line := range trail {
		fmt.Printf("%2d. %s\n", i+1, line)
	}
	fmt.Printf("calls=%d failed=%d\n", count(), failed)
	fmt.Println("ops:", balances["ops"], "reserve:", balances["reserve"])

	// Closures capturing loop variables: each iteration gets its own copy.
	var fees []func(int64) int64
	for _, pct := range []int64{1, 2, 5} {
		fees = append(fees, func(amt int64) int64 { return amt * pct / 100 })
	}
	var parts []string
	for _, f := range fees {
		parts = append(parts, fmt.Sprint(f(10000)))
	}
	fmt.Println("fees on 10000:", strings.Join(parts, ", "))
}
