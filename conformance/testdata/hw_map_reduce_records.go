package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Record struct {
	Region string
	Amount int
}

type KV struct {
	Key string
	Sum int
}

func (kv KV) String() string { return fmt.Sprintf("%-6s %6d", kv.Key, kv.Sum) }

func parse(line string) Record {
	var r Record
	fields := strings.Split(line, ",")
	r.Region = fields[0]
	fmt.Sscanf(fields[1], "%d", &r.Amount)
	return r
}

func mapper(lines []string) map[string]int {
	out := map[string]int{}
	for _, l := range lines {
		r := parse(l)
		out[r.Region] += r.Amount
	}
	return out
}

func reducer(key string, in <-chan int, out chan<- KV) {
	sum := 0
	for v := range in {
		sum += v
	}
	out <- KV{key, sum}
}

func main() {
	var lines []string
	regions := []string{"north", "south", "east", "west", "center"}
	for i := range 60 {
		lines = append(lines, fmt.Sprintf("%s,%d", regions[(i*7+i/4)%len(regions)], (i*37)%101))
	}
	const chunks = 4
	partials := make([]map[string]int, chunks)
	var wg sync.WaitGroup
	size := len(lines) / chunks
	for c := range chunks {
		wg.Go(func() { partials[c] = mapper(lines[c*size : (c+1)*size]) })
	}
	wg.Wait()

	// shuffle: one channel per key, reducers run concurrently
	results := make(chan KV, len(regions))
	inputs := map[string]chan int{}
	for _, r := range regions {
		inputs[r] = make(chan int, chunks)
		go reducer(r, inputs[r], results)
	}
	for _, p := range partials {
		for k, v := range p {
			inputs[k] <- v
		}
	}
	for _, ch := range inputs {
		close(ch)
	}
	var out []KV
	for range regions {
		out = append(out, <-results)
	}
	slices.SortFunc(out, func(a, b KV) int {
		return cmp.Or(cmp.Compare(b.Sum, a.Sum), cmp.Compare(a.Key, b.Key))
	})
	grand := 0
	for _, kv := range out {
		fmt.Println(kv)
		grand += kv.Sum
	}
	check := 0
	for _, l := range lines {
		check += parse(l).Amount
	}
	fmt.Println("grand total:", grand, "check:", check == grand)
}
