// Homework 2, problem 20: map-reduce word count.
// Map: each mapper counts words in its chunk of lines (local map, no locks).
// Shuffle: each (word, count) pair goes to reducer hash(word) % R.
// Reduce: each reducer owns a disjoint set of words and sums their counts.
// Finally the partitions are combined and sorted for a deterministic report.
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
)

// KV is an intermediate key/value pair.
type KV struct {
	Word  string
	Count int
}

var corpus = []string{
	"the quick brown fox jumps over the lazy dog",
	"the dog sleeps and the fox runs",
	"a lazy afternoon for a lazy dog",
	"parallel programs split the work and merge the results",
	"the work is split into map tasks and reduce tasks",
	"map tasks emit pairs and reduce tasks merge pairs",
	"the fox and the dog are friends",
	"results are sorted so the output is deterministic",
}

func mapChunk(lines []string) map[string]int {
	local := make(map[string]int)
	for _, line := range lines {
		for _, w := range strings.Fields(line) {
			local[w]++
		}
	}
	return local
}

func partition(word string, reducers int) int {
	h := fnv.New32a()
	h.Write([]byte(word))
	return int(h.Sum32() % uint32(reducers))
}

func main() {
	const mappers, reducers = 3, 2
	inboxes := make([]chan KV, reducers)
	for i := range inboxes {
		inboxes[i] = make(chan KV, 8)
	}
	// map + shuffle
	var mapWG sync.WaitGroup
	for m := 0; m < mappers; m++ {
		lo, hi := m*len(corpus)/mappers, (m+1)*len(corpus)/mappers
		mapWG.Go(func() {
			for w, c := range mapChunk(corpus[lo:hi]) {
				inboxes[partition(w, reducers)] <- KV{w, c}
			}
		})
	}
	go func() {
		mapWG.Wait()
		for _, ch := range inboxes {
			close(ch)
		}
	}()
	// reduce
	outputs := make([]map[string]int, reducers)
	var redWG sync.WaitGroup
	for r := 0; r < reducers; r++ {
		redWG.Go(func() {
			acc := make(map[string]int)
			for kv := range inboxes[r] {
				acc[kv.Word] += kv.Count
			}
			outputs[r] = acc
		})
	}
	redWG.Wait()

	var all []KV
	total := 0
	for r, out := range outputs {
		fmt.Printf("reducer %d produced %d distinct words\n", r, len(out))
		for w, c := range out {
			all = append(all, KV{w, c})
			total += c
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Count != all[j].Count {
			return all[i].Count > all[j].Count
		}
		return all[i].Word < all[j].Word
	})
	fmt.Println("total words:", total, "distinct:", len(all))
	fmt.Println("top 10:")
	for _, kv := range all[:10] {
		fmt.Printf("  %-8s %d\n", kv.Word, kv.Count)
	}
}
