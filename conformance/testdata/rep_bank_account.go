package main

import (
	"errors"
	"fmt"
)

var ErrAccountFrozen = errors.New("account frozen")

type InsufficientFundsError struct {
	Account string
	Balance int64
	Need    int64
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: insufficient funds (balance %d, need %d)", e.Account, e.Balance, e.Need)
}

type TxKind int

const (
	Deposit TxKind = iota + 1
	Withdrawal
	TransferIn
	TransferOut
)

func (k TxKind) String() string {
	switch k {
	case Deposit:
		return "deposit"
	case Withdrawal:
		return "withdrawal"
	case TransferIn:
		return "transfer-in"
	case TransferOut:
		return "transfer-out"
	}
	return fmt.Sprintf("TxKind(%d)", int(k))
}

type Transaction struct {
	Kind   TxKind
	Amount int64
}

type Account struct {
	ID      string
	Owner   string
	balance int64
	frozen  bool
	history []Transaction
}

func (a *Account) Deposit(amt int64) error {
	if a.frozen {
		return fmt.Errorf("deposit to %s: %w", a.ID, ErrAccountFrozen)
	}
	a.balance += amt
	a.history = append(a.history, Transaction{Deposit, amt})
	return nil
}

func (a *Account) Withdraw(amt int64) error {
	if a.frozen {
		return fmt.Errorf("withdraw from %s: %w", a.ID, ErrAccountFrozen)
	}
	if amt > a.balance {
		return &InsufficientFundsError{a.ID, a.balance, amt}
	}
	a.balance -= amt
	a.history = append(a.history, Transaction{Withdrawal, amt})
	return nil
}

func Transfer(from, to *Account, amt int64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer %d %s->%s: %w", amt, from.ID, to.ID, err)
	}
	from.history[len(from.history)-1].Kind = TransferOut
	if err := to.Deposit(amt); err != nil {
		// roll back
		from.balance += amt
		from.history = from.history[:len(from.history)-1]
		return fmt.Errorf("transfer %d %s->%s: %w", amt, from.ID, to.ID, err)
	}
	to.history[len(to.history)-1].Kind = TransferIn
	return nil
}

func report(err error) {
	if err == nil {
		fmt.Println("  ok")
		return
	}
	fmt.Println("  error:", err)
	var ife *InsufficientFundsError
	if errors.As(err, &ife) {
		fmt.Printf("  -> short by %d\n", ife.Need-ife.Balance)
	}
	if errors.Is(err, ErrAccountFrozen) {
		fmt.Println("  -> contact compliance")
	}
}

func main() {
	alice := &Account{ID: "CHK-001", Owner: "Alice"}
	bob := &Account{ID: "SAV-002", Owner: "Bob"}

	fmt.Println("deposit 500 to alice")
	report(alice.Deposit(500))
	fmt.Println("withdraw 120 from alice")
	report(alice.Withdraw(120))
	fmt.Println("transfer 300 alice->bob")
	report(Transfer(alice, bob, 300))
	fmt.Println("transfer 200 alice->bob")
	report(Transfer(alice, bob, 200))
	bob.frozen = true
	fmt.Println("transfer 50 alice->bob (bob frozen)")
	report(Transfer(alice, bob, 50))

	for _, a := range []*Account{alice, bob} {
		fmt.Printf("%s (%s) balance=%d\n", a.ID, a.Owner, a.balance)
		for i, t := range a.history {
			fmt.Printf("  %2d %-12v %6d\n", i+1, t.Kind, t.Amount)
		}
	}
}
