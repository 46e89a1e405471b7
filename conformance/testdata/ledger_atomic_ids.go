package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

// IDGenerator hands out unique, increasing transaction numbers.
type IDGenerator struct {
	next atomic.Int64
}

func (g *IDGenerator) Next() int64 { return g.next.Add(1) }

type Txn struct {
	ID     int64
	Teller int
	Amount int64
}

type Vault struct {
	cash     atomic.Int64
	count    atomic.Int32
	rejected atomic.Int32
	maxSeen  atomic.Int64
}

func (v *Vault) Apply(t Txn) bool {
	for {
		cur := v.cash.Load()
		next := cur + t.Amount
		if next < 0 {
			v.rejected.Add(1)
			return false
		}
		if v.cash.CompareAndSwap(cur, next) {
			v.count.Add(1)
			for {
				m := v.maxSeen.Load()
				if t.Amount <= m || v.maxSeen.CompareAndSwap(m, t.Amount) {
					break
				}
			}
			return true
		}
	}
}

func main() {
	var gen IDGenerator
	var vault Vault
	vault.cash.Store(1_000_000)

	const tellers = 6
	const perTeller = 200
	results := make([][]Txn, tellers)

	var wg sync.WaitGroup
	for t := range tellers {
		wg.Go(func() {
			for i := range perTeller {
				amt := int64((i%10)*100 - 300) // mix of deposits and withdrawals
				tx := Txn{ID: gen.Next(), Teller: t, Amount: amt}
				if vault.Apply(tx) {
					results[t] = append(results[t], tx)
				}
			}
		})
	}
	wg.Wait()

	var all []int64
	perTellerTotals := make([]int64, tellers)
	for t, txs := range results {
		for _, tx := range txs {
			all = append(all, tx.ID)
			perTellerTotals[t] += tx.Amount
		}
	}
	slices.Sort(all)
	unique := len(slices.Compact(slices.Clone(all))) == len(all)

	fmt.Println("transactions issued:", gen.next.Load())
	fmt.Println("applied:", vault.count.Load(), "rejected:", vault.rejected.Load())
	fmt.Println("ids unique:", unique, "first:", all[0], "last:", all[len(all)-1])
	fmt.Println("largest single amount:", vault.maxSeen.Load())
	for t, total := range perTellerTotals {
		fmt.Printf("teller %d net %+d over %d txns\n", t, total, len(results[t]))
	}
	fmt.Println("vault cash:", vault.cash.Load())
	var sum int64 = 1_000_000
	for _, v := range perTellerTotals {
		sum += v
	}
	fmt.Println("books agree:", sum == vault.cash.Load())
}
