// Lecture 4: lock-free counters and pointers with sync/atomic.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Workers int
	Name    string
}

// SpinLock is a toy lock built from CompareAndSwap (for teaching only).
type SpinLock struct{ state atomic.Int32 }

func (l *SpinLock) Lock() {
	for !l.state.CompareAndSwap(0, 1) {
		runtime.Gosched()
	}
}

func (l *SpinLock) Unlock() { l.state.Store(0) }

// casMax raises *m to v if v is larger, retrying on contention.
func casMax(m *atomic.Int64, v int64) {
	for {
		cur := m.Load()
		if v <= cur || m.CompareAndSwap(cur, v) {
			return
		}
	}
}

func main() {
	var hits atomic.Int64
	var maxSeen atomic.Int64
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for i := range 500 {
				hits.Add(1)
				casMax(&maxSeen, int64(g*1000+i))
			}
		})
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load())
	fmt.Println("max seen:", maxSeen.Load())

	// Only one goroutine wins the CAS from 0 to its id+1.
	var winner atomic.Int64
	var wins atomic.Int64
	for g := range 10 {
		wg.Go(func() {
			if winner.CompareAndSwap(0, int64(g+1)) {
				wins.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("number of CAS winners:", wins.Load())
	fmt.Println("winner is set:", winner.Load() != 0)

	// atomic.Pointer: publish immutable configs; readers never see a torn value.
	var cfg atomic.Pointer[Config]
	cfg.Store(&Config{Version: 1, Workers: 2, Name: "lab"})
	for v := 2; v <= 5; v++ {
		old := cfg.Load()
		next := &Config{Version: old.Version + 1, Workers: old.Workers * 2, Name: old.Name}
		if !cfg.CompareAndSwap(old, next) {
			fmt.Println("unexpected CAS failure")
		}
	}
	fmt.Printf("config: %+v\n", *cfg.Load())
	fmt.Printf("pointer type: %T\n", &cfg)

	// Spin lock guarding a plain int.
	var sl SpinLock
	plain := 0
	for range 8 {
		wg.Go(func() {
			for range 250 {
				sl.Lock()
				plain++
				sl.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("spin-locked counter:", plain)

	var flag atomic.Bool
	fmt.Println("swap false->true returns old:", flag.Swap(true))
	fmt.Println("flag now:", flag.Load())
}
