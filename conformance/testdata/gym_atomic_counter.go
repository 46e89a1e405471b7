package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	reps      atomic.Int64
	sets      atomic.Int32
	heaviest  atomic.Int64 // grams
	finishers atomic.Uint32
}

func (s *Stats) Record(reps int, kg float64) {
	s.reps.Add(int64(reps))
	s.sets.Add(1)
	g := int64(kg * 1000)
	for {
		cur := s.heaviest.Load()
		if g <= cur || s.heaviest.CompareAndSwap(cur, g) {
			return
		}
	}
}

type member struct {
	name string
	sets [][2]float64 // reps, kg
}

func main() {
	members := []member{
		{"ana", [][2]float64{{5, 60}, {5, 62.5}, {5, 65}}},
		{"ben", [][2]float64{{8, 80}, {8, 80}, {6, 85}, {4, 90}}},
		{"cy", [][2]float64{{12, 40}, {10, 45}}},
		{"dee", [][2]float64{{3, 120}, {3, 125}, {1, 132.5}}},
		{"eli", [][2]float64{{15, 20}}},
	}

	var st Stats
	var wg sync.WaitGroup
	for _, m := range members {
		wg.Add(1)
		go func(m member) {
			defer wg.Done()
			for _, s := range m.sets {
				st.Record(int(s[0]), s[1])
			}
			st.finishers.Add(1)
		}(m)
	}
	wg.Wait()

	fmt.Println("members finished:", st.finishers.Load())
	fmt.Println("total sets:", st.sets.Load())
	fmt.Println("total reps:", st.reps.Load())
	fmt.Printf("heaviest set: %.1f kg\n", float64(st.heaviest.Load())/1000)
	fmt.Printf("avg reps/set: %.2f\n", float64(st.reps.Load())/float64(st.sets.Load()))

	// Many goroutines bumping a shared turnstile counter.
	var turnstile atomic.Int64
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for range 100 {
				turnstile.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println("turnstile count:", turnstile.Load())

	var open atomic.Bool
	fmt.Println("gym open:", open.Load())
	if open.CompareAndSwap(false, true) {
		fmt.Println("doors unlocked")
	}
	if !open.CompareAndSwap(false, true) {
		fmt.Println("already open")
	}

	var cfg atomic.Value
	cfg.Store(map[string]int{"maxClass": 20})
	fmt.Println("max class size:", cfg.Load().(map[string]int)["maxClass"])

	old := turnstile.Swap(0)
	fmt.Println("reset turnstile from", old, "to", turnstile.Load())
}
