package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type BedBoard struct {
	free      atomic.Int64
	admitted  atomic.Int64
	turnedOff atomic.Int64
}

func NewBedBoard(beds int64) *BedBoard {
	b := &BedBoard{}
	b.free.Store(beds)
	return b
}

// TryAdmit claims a bed with a compare-and-swap loop.
func (b *BedBoard) TryAdmit() bool {
	for {
		cur := b.free.Load()
		if cur == 0 {
			b.turnedOff.Add(1)
			return false
		}
		if b.free.CompareAndSwap(cur, cur-1) {
			b.admitted.Add(1)
			return true
		}
	}
}

func (b *BedBoard) Discharge() {
	b.free.Add(1)
}

func main() {
	board := NewBedBoard(25)
	var wg sync.WaitGroup

	// 40 ambulances arrive concurrently.
	for range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			board.TryAdmit()
		}()
	}
	wg.Wait()
	fmt.Println("after first wave:")
	fmt.Printf("  admitted=%d turned away=%d free=%d\n",
		board.admitted.Load(), board.turnedOff.Load(), board.free.Load())

	// 10 discharges happen concurrently.
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			board.Discharge()
		}()
	}
	wg.Wait()
	fmt.Println("after discharges: free =", board.free.Load())

	var ok atomic.Int32
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if board.TryAdmit() {
				ok.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("second wave admitted:", ok.Load())
	fmt.Printf("final: admitted=%d turned away=%d free=%d\n",
		board.admitted.Load(), board.turnedOff.Load(), board.free.Load())

	var flag atomic.Bool
	fmt.Println("code blue active:", flag.Load())
	old := flag.Swap(true)
	fmt.Println("swapped from", old, "to", flag.Load())
}
