package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type job struct {
	idx int
	id  string
	seq string
}

type result struct {
	idx    int
	id     string
	counts map[string]int
}

func worker(k int, jobs <-chan job, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		m := map[string]int{}
		for i := 0; i+k <= len(j.seq); i++ {
			m[j.seq[i:i+k]]++
		}
		out <- result{j.idx, j.id, m}
	}
}

// Counter merges partial counts safely.
type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Add(part map[string]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, v := range part {
		c.m[k] += v
	}
}

func makeSeq(seed, n int) string {
	// deterministic pseudo-random DNA via a linear congruential generator
	var sb strings.Builder
	x := uint32(seed)
	for range n {
		x = x*1664525 + 1013904223
		sb.WriteByte("ACGT"[x>>30])
	}
	return sb.String()
}

func main() {
	const k = 3
	var seqs []job
	for i := range 8 {
		seqs = append(seqs, job{i, fmt.Sprintf("chr%d", i+1), makeSeq(i*7+1, 200+i*25)})
	}
	jobs := make(chan job)
	out := make(chan result, len(seqs))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go worker(k, jobs, out, &wg)
	}
	go func() {
		for _, s := range seqs {
			jobs <- s
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()

	total := &Counter{m: map[string]int{}}
	perSeq := make([]result, len(seqs))
	for r := range out {
		perSeq[r.idx] = r
		total.Add(r.counts)
	}
	for _, r := range perSeq {
		keys := slices.Sorted(maps.Keys(r.counts))
		top := slices.MaxFunc(keys, func(a, b string) int {
			if r.counts[a] != r.counts[b] {
				return r.counts[a] - r.counts[b]
			}
			return strings.Compare(b, a)
		})
		fmt.Printf("%-5s len=%3d distinct=%2d top=%s(%d) prefix=%s\n",
			r.id, len(seqs[r.idx].seq), len(r.counts), top, r.counts[top], seqs[r.idx].seq[:12])
	}
	keys := slices.Sorted(maps.Keys(total.m))
	fmt.Printf("merged %d distinct %d-mers\n", len(keys), k)
	sum := 0
	for i, key := range keys {
		fmt.Printf("%s:%-4d", key, total.m[key])
		sum += total.m[key]
		if (i+1)%8 == 0 {
			fmt.Println()
		}
	}
	fmt.Println("total k-mers:", sum)

	// parallel GC fraction per sequence using a results slice indexed by position
	gc := make([]float64, len(seqs))
	var wg2 sync.WaitGroup
	for i, s := range seqs {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			gc[i] = float64(strings.Count(s.seq, "G")+strings.Count(s.seq, "C")) / float64(len(s.seq))
		}()
	}
	wg2.Wait()
	fmt.Printf("gc: %.3f\n", gc)
}
