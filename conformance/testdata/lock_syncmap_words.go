package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

var lines = []string{
	"the quick brown fox jumps over the lazy dog",
	"a lock protects the data not the code",
	"do not communicate by sharing memory",
	"share memory by communicating",
	"the dog sleeps while the fox runs",
	"channels orchestrate mutexes serialize",
}

func main() {
	var counts sync.Map // string -> *atomic.Int64

	var wg sync.WaitGroup
	for _, line := range lines {
		wg.Go(func() {
			for _, w := range strings.Fields(line) {
				v, _ := counts.LoadOrStore(w, new(atomic.Int64))
				v.(*atomic.Int64).Add(1)
			}
		})
	}
	wg.Wait()

	type wc struct {
		word  string
		count int64
	}
	var all []wc
	counts.Range(func(k, v any) bool {
		all = append(all, wc{k.(string), v.(*atomic.Int64).Load()})
		return true
	})
	sort.Slice(all, func(i, j int) bool {
		if all[i].count != all[j].count {
			return all[i].count > all[j].count
		}
		return all[i].word < all[j].word
	})

	fmt.Println("distinct words:", len(all))
	for _, e := range all[:8] {
		fmt.Printf("%-12s %d\n", e.word, e.count)
	}

	// LoadAndDelete / Swap / CompareAndSwap
	if v, ok := counts.LoadAndDelete("the"); ok {
		fmt.Println("removed 'the' with count", v.(*atomic.Int64).Load())
	}
	_, ok := counts.Load("the")
	fmt.Println("'the' still present:", ok)

	var flags sync.Map
	flags.Store("ready", false)
	var winners atomic.Int32
	for i := 0; i < 5; i++ {
		wg.Go(func() {
			if flags.CompareAndSwap("ready", false, true) {
				winners.Add(1)
			}
		})
	}
	wg.Wait()
	ready, _ := flags.Load("ready")
	fmt.Println("ready:", ready, "winners:", winners.Load())

	prev, loaded := flags.Swap("mode", "fast")
	fmt.Println("swap on new key:", prev, loaded)
	prev, loaded = flags.Swap("mode", "safe")
	fmt.Println("swap on old key:", prev, loaded)

	n := 0
	counts.Range(func(k, v any) bool { n++; return true })
	counts.Clear()
	m := 0
	counts.Range(func(k, v any) bool { m++; return true })
	fmt.Println("before clear:", n, "after clear:", m)
}
