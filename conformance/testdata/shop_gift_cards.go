package main

import (
	"errors"
	"fmt"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

var (
	ErrCardNotFound = errors.New("gift card not found")
	ErrCardFrozen   = errors.New("gift card frozen")
)

type GiftCard struct {
	Code    string
	Balance Cents
	Frozen  bool
	Ledger  []string
}

type GiftCardStore map[string]*GiftCard

func (s GiftCardStore) Get(code string) (*GiftCard, error) {
	g, ok := s[code]
	if !ok {
		return nil, fmt.Errorf("card %s: %w", code, ErrCardNotFound)
	}
	if g.Frozen {
		return nil, fmt.Errorf("card %s: %w", code, ErrCardFrozen)
	}
	return g, nil
}

// Redeem takes as much as possible from the card and returns what is left to pay.
func (s GiftCardStore) Redeem(code string, due Cents) (Cents, error) {
	g, err := s.Get(code)
	if err != nil {
		return due, err
	}
	used := min(g.Balance, due)
	g.Balance -= used
	g.Ledger = append(g.Ledger, fmt.Sprintf("-%s", used))
	return due - used, nil
}

func (s GiftCardStore) TopUp(code string, amt Cents) error {
	g, err := s.Get(code)
	if err != nil {
		return fmt.Errorf("top up: %w", err)
	}
	g.Balance += amt
	g.Ledger = append(g.Ledger, fmt.Sprintf("+%s", amt))
	return nil
}

func checkout(s GiftCardStore, orderTotal Cents, codes ...string) {
	fmt.Printf("checkout %s with cards %v\n", orderTotal, codes)
	due := orderTotal
	for _, code := range codes {
		if due == 0 {
			break
		}
		var err error
		due, err = s.Redeem(code, due)
		if errors.Is(err, ErrCardNotFound) || errors.Is(err, ErrCardFrozen) {
			fmt.Println("  skipped:", err)
		}
	}
	if due > 0 {
		fmt.Printf("  remaining %s charged to credit card\n", due)
	} else {
		fmt.Println("  fully covered by gift cards")
	}
}

func main() {
	store := GiftCardStore{
		"GC-AAA": {Code: "GC-AAA", Balance: 2500},
		"GC-BBB": {Code: "GC-BBB", Balance: 10000},
		"GC-CCC": {Code: "GC-CCC", Balance: 5000, Frozen: true},
	}

	checkout(store, 1999, "GC-AAA")
	checkout(store, 4000, "GC-AAA", "GC-BBB")
	checkout(store, 7500, "GC-CCC", "GC-ZZZ", "GC-BBB")

	if err := store.TopUp("GC-AAA", 1500); err != nil {
		fmt.Println(err)
	}
	if err := store.TopUp("GC-CCC", 1500); err != nil {
		fmt.Println(err, "| frozen:", errors.Is(err, ErrCardFrozen))
	}
	checkout(store, 1200, "GC-AAA", "GC-BBB")

	fmt.Println("card statements:")
	for _, code := range []string{"GC-AAA", "GC-BBB", "GC-CCC"} {
		g := store[code]
		fmt.Printf("  %s balance %-7s frozen=%-5v history %v\n", g.Code, g.Balance, g.Frozen, g.Ledger)
	}
}
