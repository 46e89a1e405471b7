package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// A tiny game tree stands in for move generation: each "position" is a
// number, and its children are derived from it arithmetically.
func children(pos int) []int {
	n := 3 + pos%3
	out := make([]int, n)
	for i := range n {
		out[i] = pos*7 + i + 1
	}
	return out
}

func perft(pos, depth int, nodes *atomic.Int64) int64 {
	nodes.Add(1)
	if depth == 0 {
		return 1
	}
	var leaves int64
	for _, c := range children(pos) {
		leaves += perft(c, depth-1, nodes)
	}
	return leaves
}

type divide struct {
	root   int
	leaves int64
}

func main() {
	const depth = 6
	var nodes atomic.Int64
	var maxLeaves atomic.Int64
	roots := children(0)
	results := make(chan divide, len(roots))
	var wg sync.WaitGroup
	for _, r := range roots {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			n := perft(r, depth-1, &nodes)
			for {
				cur := maxLeaves.Load()
				if n <= cur || maxLeaves.CompareAndSwap(cur, n) {
					break
				}
			}
			results <- divide{r, n}
		}(r)
	}
	wg.Wait()
	close(results)

	var all []divide
	var total int64
	for d := range results {
		all = append(all, d)
		total += d.leaves
	}
	sort.Slice(all, func(i, j int) bool { return all[i].root < all[j].root })
	fmt.Printf("divide at depth %d:\n", depth)
	for _, d := range all {
		fmt.Printf("  move %-3d %8d\n", d.root, d.leaves)
	}
	fmt.Println("total leaves:", total)
	fmt.Println("nodes visited:", nodes.Load())
	fmt.Println("largest subtree:", maxLeaves.Load())

	var seq atomic.Int64
	check := perft(0, depth, &seq)
	fmt.Printf("sequential check: leaves=%d nodes=%d match=%t\n", check, seq.Load(), check == total)

	var flag atomic.Bool
	var once sync.Once
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { flag.Store(true) })
		}()
	}
	wg.Wait()
	fmt.Println("init flag:", flag.Load())
	for d := range 5 {
		var n atomic.Int64
		fmt.Printf("perft(%d) = %d\n", d, perft(0, d, &n))
	}
}
