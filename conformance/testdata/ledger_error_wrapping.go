package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrAccountFrozen = errors.New("account frozen")
	ErrUnknown       = errors.New("unknown account")
)

type InsufficientFundsError struct {
	Account   string
	Balance   int64
	Requested int64
}

func (e InsufficientFundsError) Error() string {
	return fmt.Sprintf("%s: balance %d, requested %d", e.Account, e.Balance, e.Requested)
}

// Shortfall is how much more money would be needed.
func (e InsufficientFundsError) Shortfall() int64 { return e.Requested - e.Balance }

type LimitError struct {
	Limit int64
}

func (e *LimitError) Error() string { return fmt.Sprintf("exceeds daily limit %d", e.Limit) }

type Wallet struct {
	balances map[string]int64
	frozen   map[string]bool
	limit    int64
}

func (w *Wallet) Withdraw(acct string, amt int64) error {
	bal, ok := w.balances[acct]
	if !ok {
		return fmt.Errorf("withdraw from %q: %w", acct, ErrUnknown)
	}
	if w.frozen[acct] {
		return fmt.Errorf("withdraw from %q: %w", acct, ErrAccountFrozen)
	}
	if amt > w.limit {
		return fmt.Errorf("withdraw %d: %w", amt, &LimitError{Limit: w.limit})
	}
	if bal < amt {
		return fmt.Errorf("withdraw: %w", InsufficientFundsError{acct, bal, amt})
	}
	w.balances[acct] = bal - amt
	return nil
}

func (w *Wallet) Pay(from, to string, amt int64) error {
	if err := w.Withdraw(from, amt); err != nil {
		return fmt.Errorf("payment %s->%s failed: %w", from, to, err)
	}
	if _, ok := w.balances[to]; !ok {
		w.balances[from] += amt // refund
		return errors.Join(fmt.Errorf("payee %q: %w", to, ErrUnknown), errors.New("refunded"))
	}
	w.balances[to] += amt
	return nil
}

func classify(err error) string {
	var ife InsufficientFundsError
	var le *LimitError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &ife):
		return fmt.Sprintf("short by %d", ife.Shortfall())
	case errors.As(err, &le):
		return fmt.Sprintf("over limit (%d)", le.Limit)
	case errors.Is(err, ErrAccountFrozen):
		return "frozen"
	case errors.Is(err, ErrUnknown):
		return "unknown"
	}
	return "other"
}

func main() {
	w := &Wallet{
		balances: map[string]int64{"alice": 500, "bob": 100, "eve": 9000},
		frozen:   map[string]bool{"eve": true},
		limit:    1000,
	}
	tries := []struct {
		from, to string
		amt      int64
	}{
		{"alice", "bob", 200},
		{"bob", "alice", 450},
		{"eve", "bob", 10},
		{"alice", "bob", 5000},
		{"mallory", "bob", 1},
		{"alice", "trent", 50},
	}
	for _, t := range tries {
		err := w.Pay(t.from, t.to, t.amt)
		line := fmt.Sprintf("%-7s -> %-5s %5d: %-16s", t.from, t.to, t.amt, classify(err))
		if err != nil {
			line += fmt.Sprintf(" | %q", err.Error())
		}
		fmt.Println(strings.TrimSpace(line))
	}
	fmt.Println("alice:", w.balances["alice"], "bob:", w.balances["bob"])
	inner := errors.Unwrap(errors.Unwrap(w.Pay("bob", "alice", 999)))
	fmt.Printf("unwrapped twice: %T %v\n", inner, inner)
}
