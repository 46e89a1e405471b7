package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Books struct {
	balances map[string]int64
}

type Tx struct {
	books    *Books
	snapshot map[string]int64
	ops      int
}

func (b *Books) Begin() *Tx {
	return &Tx{books: b, snapshot: maps.Clone(b.balances)}
}

func (t *Tx) Move(from, to string, amt int64) {
	if amt <= 0 {
		panic(fmt.Sprintf("invalid amount %d", amt))
	}
	if _, ok := t.books.balances[to]; !ok {
		panic(fmt.Errorf("no such account %q", to))
	}
	t.books.balances[from] -= amt
	t.books.balances[to] += amt
	t.ops++
}

func (t *Tx) Rollback() { t.books.balances = t.snapshot }

// Atomically runs fn inside a transaction. Any panic rolls the books back
// and is turned into an ordinary error.
func (b *Books) Atomically(name string, fn func(*Tx)) (err error) {
	tx := b.Begin()
	defer func() {
		if r := recover(); r != nil {
			tx.Rollback()
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("%s rolled back after %d ops: %w", name, tx.ops, v)
			default:
				err = fmt.Errorf("%s rolled back after %d ops: %v", name, tx.ops, v)
			}
		}
	}()
	fn(tx)
	return nil
}

func (b *Books) Print() {
	for _, k := range slices.Sorted(maps.Keys(b.balances)) {
		fmt.Printf("  %-9s %6d\n", k, b.balances[k])
	}
}

func deferOrder() {
	for i := range 3 {
		defer fmt.Println("  deferred close", i)
	}
	fmt.Println("  closing period...")
}

func main() {
	books := &Books{balances: map[string]int64{"cash": 1000, "expenses": 0, "savings": 0}}

	err := books.Atomically("pay-bills", func(tx *Tx) {
		tx.Move("cash", "expenses", 300)
		tx.Move("cash", "savings", 200)
	})
	fmt.Println("pay-bills:", err)
	books.Print()

	err = books.Atomically("bad-amount", func(tx *Tx) {
		tx.Move("cash", "expenses", 100)
		tx.Move("cash", "savings", -5)
	})
	fmt.Println("bad-amount:", err)
	books.Print()

	err = books.Atomically("bad-account", func(tx *Tx) {
		tx.Move("savings", "cash", 50)
		tx.Move("cash", "brokerage", 10)
	})
	fmt.Println("bad-account:", err)
	fmt.Println("is wrapped error:", errors.Unwrap(err) != nil)
	books.Print()

	err = books.Atomically("nil-map", func(tx *Tx) {
		var m map[string]int64
		m["boom"] = 1
	})
	var rt interface{ RuntimeError() }
	fmt.Println("runtime error recovered:", errors.As(err, &rt))
	deferOrder()
}
