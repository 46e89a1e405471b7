package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type TokenDispenser struct {
	issued   atomic.Int64
	jams     atomic.Int32
	capacity int64
}

func (d *TokenDispenser) Dispense(n int64) bool {
	for {
		cur := d.issued.Load()
		if cur+n > d.capacity {
			d.jams.Add(1)
			return false
		}
		if d.issued.CompareAndSwap(cur, cur+n) {
			return true
		}
	}
}

type Stats struct {
	ok, refused int
}

func main() {
	d := &TokenDispenser{capacity: 500}

	const customers = 40
	results := make([]bool, customers)
	var wg sync.WaitGroup
	for i := range customers {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			results[id] = d.Dispense(20)
		}(i)
	}
	wg.Wait()

	var st Stats
	for _, ok := range results {
		if ok {
			st.ok++
		} else {
			st.refused++
		}
	}
	fmt.Printf("capacity:  %d tokens\n", d.capacity)
	fmt.Printf("issued:    %d tokens\n", d.issued.Load())
	fmt.Printf("served:    %d customers\n", st.ok)
	fmt.Printf("refused:   %d customers\n", st.refused)
	fmt.Printf("jam count: %d\n", d.jams.Load())

	var coinsIn atomic.Uint64
	var wg2 sync.WaitGroup
	for range 8 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for range 125 {
				coinsIn.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println("coins inserted:", coinsIn.Load())

	var open atomic.Bool
	fmt.Println("swap closed->open:", open.CompareAndSwap(false, true))
	fmt.Println("swap closed->open again:", open.CompareAndSwap(false, true))
	fmt.Println("arcade open:", open.Load())
}
