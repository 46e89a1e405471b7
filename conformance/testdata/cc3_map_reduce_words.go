package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
	"unicode"
)

const text = `Concurrency is not parallelism. Concurrency is about dealing with
lots of things at once. Parallelism is about doing lots of things at once.
Do not communicate by sharing memory; instead, share memory by communicating.
Channels orchestrate; mutexes serialize. The bigger the interface, the
weaker the abstraction. Make the zero value useful. A little copying is
better than a little dependency. Clear is better than clever. Errors are
values. Don't just check errors, handle them gracefully. Concurrency is a
way to structure a program by breaking it into pieces that can be executed
independently. Communication is the means to coordinate the independent
executions.`

type KV struct {
	Key   string
	Count int
}

func partition(word string, r int) int {
	h := fnv.New32a()
	h.Write([]byte(word))
	return int(h.Sum32() % uint32(r))
}

func mapper(line string) map[string]int {
	counts := make(map[string]int)
	words := strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for _, w := range words {
		if len(w) > 2 {
			counts[w]++
		}
	}
	return counts
}

func main() {
	lines := strings.Split(text, "\n")
	const reducers = 3

	// Shuffle channels: one per reducer.
	shuffle := make([]chan KV, reducers)
	for i := range shuffle {
		shuffle[i] = make(chan KV, 16)
	}

	// Map phase: one goroutine per line, emitting to the owning reducer.
	var mapWG sync.WaitGroup
	for _, line := range lines {
		mapWG.Go(func() {
			for w, c := range mapper(line) {
				shuffle[partition(w, reducers)] <- KV{w, c}
			}
		})
	}
	go func() {
		mapWG.Wait()
		for _, ch := range shuffle {
			close(ch)
		}
	}()

	// Reduce phase: each reducer owns a disjoint set of keys.
	results := make([]map[string]int, reducers)
	var redWG sync.WaitGroup
	for r := 0; r < reducers; r++ {
		redWG.Go(func() {
			acc := make(map[string]int)
			for kv := range shuffle[r] {
				acc[kv.Key] += kv.Count
			}
			results[r] = acc
		})
	}
	redWG.Wait()

	var all []KV
	for r, m := range results {
		total := 0
		for _, c := range m {
			total += c
		}
		fmt.Printf("reducer %d: %d distinct keys, %d occurrences\n", r, len(m), total)
		for k, c := range m {
			all = append(all, KV{k, c})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Count != all[j].Count {
			return all[i].Count > all[j].Count
		}
		return all[i].Key < all[j].Key
	})
	fmt.Println("distinct words:", len(all))
	fmt.Println("top words:")
	for i, kv := range all[:15] {
		fmt.Printf("%2d. %-14s %d\n", i+1, kv.Key, kv.Count)
	}
	var once []string
	for _, kv := range all {
		if kv.Count == 1 && strings.HasPrefix(kv.Key, "c") {
			once = append(once, kv.Key)
		}
	}
	fmt.Println("singletons starting with c:", strings.Join(once, " "))
}
