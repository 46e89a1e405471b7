// Lab 7: concurrent word frequency with sync.Map and atomic counters.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

var corpus = []string{
	"the quick brown fox jumps over the lazy dog",
	"the dog barks and the fox runs",
	"a lazy afternoon for a lazy dog",
	"quick thinking saves the day",
	"over and over the fox returns",
	"go routines and channels make the day",
}

type WordCount struct {
	Word  string
	Count int64
}

func main() {
	var counts sync.Map // string -> *atomic.Int64
	var wg sync.WaitGroup
	for _, line := range corpus {
		wg.Add(1)
		go func(text string) {
			defer wg.Done()
			for _, w := range strings.Fields(text) {
				v, _ := counts.LoadOrStore(w, new(atomic.Int64))
				v.(*atomic.Int64).Add(1)
			}
		}(line)
	}
	wg.Wait()

	var list []WordCount
	counts.Range(func(k, v any) bool {
		list = append(list, WordCount{k.(string), v.(*atomic.Int64).Load()})
		return true
	})
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})

	fmt.Printf("distinct words: %d\n", len(list))
	fmt.Println("top 8:")
	for i, wc := range list[:8] {
		fmt.Printf("%2d. %-10s %s %d\n", i+1, wc.Word, strings.Repeat("#", int(wc.Count)), wc.Count)
	}

	// Other sync.Map operations.
	v, ok := counts.Load("fox")
	fmt.Printf("Load fox: %d %v\n", v.(*atomic.Int64).Load(), ok)
	_, ok = counts.Load("cat")
	fmt.Println("Load cat:", ok)
	prev, loaded := counts.LoadAndDelete("the")
	fmt.Printf("LoadAndDelete the: %d %v\n", prev.(*atomic.Int64).Load(), loaded)
	_, loaded = counts.LoadAndDelete("the")
	fmt.Println("second LoadAndDelete the:", loaded)
	old, swapped := counts.Swap("dog", new(atomic.Int64))
	fmt.Printf("Swap dog: old=%d existed=%v\n", old.(*atomic.Int64).Load(), swapped)
	counts.Clear()
	n := 0
	counts.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("after Clear:", n)
	fmt.Printf("%T\n", &counts)
}
