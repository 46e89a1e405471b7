package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int

	// hooks stored in struct fields
	BeforeWithdraw func(a *Account, amount int) error
	AfterChange    []func(a *Account, delta int)
}

func (a *Account) Balance() int { return a.balance }

func (a *Account) change(delta int) {
	a.balance += delta
	for _, h := range a.AfterChange {
		h(a, delta)
	}
}

func (a *Account) Deposit(n int) { a.change(n) }

func (a *Account) Withdraw(n int) error {
	if a.BeforeWithdraw != nil {
		if err := a.BeforeWithdraw(a, n); err != nil {
			return fmt.Errorf("withdraw %d from %s: %w", n, a.Owner, err)
		}
	}
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.Owner, ErrInsufficient)
	}
	a.change(-n)
	return nil
}

func dailyLimit(limit int) func(*Account, int) error {
	spent := 0
	return func(a *Account, n int) error {
		if spent+n > limit {
			return fmt.Errorf("daily limit %d reached (spent %d)", limit, spent)
		}
		spent += n
		return nil
	}
}

type op struct {
	who    string
	kind   byte
	amount int
}

func main() {
	history := map[string][]int{}
	lowAlerts := 0

	accounts := map[string]*Account{}
	for _, name := range []string{"ada", "ben", "cal"} {
		a := &Account{Owner: name}
		a.AfterChange = append(a.AfterChange, func(a *Account, d int) {
			history[name] = append(history[name], d)
		})
		a.AfterChange = append(a.AfterChange, func(a *Account, d int) {
			if d < 0 && a.balance < 20 {
				lowAlerts++
				fmt.Printf("  alert: %s balance low (%d)\n", name, a.balance)
			}
		})
		accounts[name] = a
	}
	accounts["ben"].BeforeWithdraw = dailyLimit(100)

	ops := []op{
		{"ada", 'd', 100}, {"ben", 'd', 500}, {"cal", 'd', 30},
		{"ada", 'w', 85}, {"ben", 'w', 60}, {"ben", 'w', 50},
		{"cal", 'w', 40}, {"dan", 'd', 10}, {"ben", 'w', 40},
		{"cal", 'w', 15},
	}
	for i, o := range ops {
		acct, ok := accounts[o.who]
		if !ok {
			fmt.Printf("%d: no account %q\n", i, o.who)
			continue
		}
		var err error
		switch o.kind {
		case 'd':
			acct.Deposit(o.amount)
		case 'w':
			err = acct.Withdraw(o.amount)
		}
		if err != nil {
			tag := "rejected"
			if errors.Is(err, ErrInsufficient) {
				tag = "bounced"
			}
			fmt.Printf("%d: %s: %v\n", i, tag, err)
			continue
		}
		fmt.Printf("%d: %s %c %d -> %d\n", i, o.who, o.kind, o.amount, acct.Balance())
	}

	names := make([]string, 0, len(accounts))
	for n := range accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: balance=%d history=%v\n", n, accounts[n].Balance(), history[n])
	}
	fmt.Println("low balance alerts:", lowAlerts)
}
