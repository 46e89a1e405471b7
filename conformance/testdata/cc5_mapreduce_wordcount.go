// Exercise 11: a map-reduce word count with mappers, a shuffle and reducers.
package main

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
)

type KV struct {
	Key   string
	Count int
}

func mapper(chunk string) map[string]int {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(chunk), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'')
	}) {
		counts[w]++
	}
	return counts
}

func partition(key string, reducers int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(reducers))
}

func reducer(in <-chan KV) map[string]int {
	total := map[string]int{}
	for kv := range in {
		total[kv.Key] += kv.Count
	}
	return total
}

func main() {
	corpus := []string{
		"The mutex guards the balance, and the balance guards the bank.",
		"A thread waits on the condition; the condition wakes the thread.",
		"Workers take jobs from the queue and put results in the slot.",
		"The pool drains the queue, then the pool closes the results.",
		"Locks, queues and pools: the course covers the threads and the locks.",
		"When the queue is full the producer waits; when empty the consumer waits.",
	}
	const reducers = 3
	chans := make([]chan KV, reducers)
	for i := range chans {
		chans[i] = make(chan KV, 16)
	}
	var mapWG, redWG sync.WaitGroup
	partials := make([]map[string]int, reducers)
	for r := range reducers {
		redWG.Add(1)
		go func() {
			defer redWG.Done()
			partials[r] = reducer(chans[r])
		}()
	}
	mapped := make([]int, len(corpus))
	for i, chunk := range corpus {
		mapWG.Add(1)
		go func() {
			defer mapWG.Done()
			for k, v := range mapper(chunk) {
				mapped[i] += v
				chans[partition(k, reducers)] <- KV{k, v}
			}
		}()
	}
	mapWG.Wait()
	for _, c := range chans {
		close(c)
	}
	redWG.Wait()

	for i, n := range mapped {
		fmt.Printf("mapper %d emitted %d words\n", i, n)
	}
	var all []KV
	for r, part := range partials {
		fmt.Printf("reducer %d owns %d distinct keys\n", r, len(part))
		for k, v := range part {
			all = append(all, KV{k, v})
		}
	}
	slices.SortFunc(all, func(a, b KV) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Key, b.Key))
	})
	total := 0
	for _, kv := range all {
		total += kv.Count
	}
	fmt.Printf("distinct words: %d, total words: %d\n", len(all), total)
	fmt.Println("top words:")
	for _, kv := range all[:15] {
		fmt.Printf("  %-10s %2d %s\n", kv.Key, kv.Count, strings.Repeat("#", kv.Count))
	}
}
