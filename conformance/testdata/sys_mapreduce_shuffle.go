package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
)

type KV[K comparable, V any] struct {
	Key K
	Val V
}

func partition(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func MapReduce[V any](inputs []string, reducers int,
	mapf func(string) []KV[string, V], reducef func(string, []V) V) []KV[string, V] {
	// map phase: each mapper writes into per-reducer buckets
	buckets := make([][][]KV[string, V], len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Go(func() {
			local := make([][]KV[string, V], reducers)
			for _, kv := range mapf(in) {
				p := partition(kv.Key, reducers)
				local[p] = append(local[p], kv)
			}
			buckets[i] = local
		})
	}
	wg.Wait()
	// shuffle + reduce phase
	outs := make([][]KV[string, V], reducers)
	for r := range reducers {
		wg.Go(func() {
			grouped := map[string][]V{}
			for m := range buckets {
				for _, kv := range buckets[m][r] {
					grouped[kv.Key] = append(grouped[kv.Key], kv.Val)
				}
			}
			for k, vs := range grouped {
				outs[r] = append(outs[r], KV[string, V]{k, reducef(k, vs)})
			}
		})
	}
	wg.Wait()
	var all []KV[string, V]
	for r, o := range outs {
		fmt.Printf("reducer %d handled %d keys\n", r, len(o))
		all = append(all, o...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Key < all[j].Key })
	return all
}

func main() {
	docs := []string{
		"the quick brown fox jumps over the lazy dog",
		"the dog barks and the fox runs",
		"a quick brown dog is a happy dog",
		"lazy days and quick nights",
	}
	res := MapReduce(docs, 3,
		func(doc string) []KV[string, int] {
			var out []KV[string, int]
			for _, w := range strings.Fields(doc) {
				out = append(out, KV[string, int]{w, 1})
			}
			return out
		},
		func(_ string, vs []int) int {
			s := 0
			for _, v := range vs {
				s += v
			}
			return s
		})
	for _, kv := range res {
		if kv.Val > 1 {
			fmt.Printf("%-6s %d\n", kv.Key, kv.Val)
		}
	}
	fmt.Println("distinct words:", len(res))
}
