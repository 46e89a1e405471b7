package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sync"
)

type item struct {
	seq  int
	data string
}

type processed struct {
	seq    int
	digest string
}

// reorder emits results strictly in sequence order, buffering early arrivals.
func reorder(in <-chan processed) <-chan processed {
	out := make(chan processed)
	go func() {
		defer close(out)
		next := 0
		pending := map[int]processed{}
		for p := range in {
			pending[p.seq] = p
			for {
				q, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				out <- q
				next++
			}
		}
		if len(pending) != 0 {
			panic("gap in sequence")
		}
	}()
	return out
}

func main() {
	inputs := []string{
		"alpha", "bravo", "charlie", "delta", "echo", "foxtrot",
		"golf", "hotel", "india", "juliett", "kilo", "lima",
		"mike", "november", "oscar", "papa",
	}
	work := make(chan item)
	results := make(chan processed)

	const workers = 5
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range work {
				sum := sha256.Sum256([]byte(it.data))
				for r := 0; r < it.seq%4; r++ {
					sum = sha256.Sum256(sum[:])
				}
				results <- processed{seq: it.seq, digest: hex.EncodeToString(sum[:4])}
			}
		}()
	}

	go func() {
		for i, s := range inputs {
			work <- item{seq: i, data: s}
		}
		close(work)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	ordered := reorder(results)
	count := 0
	prev := -1
	monotonic := true
	for p := range ordered {
		if p.seq != prev+1 {
			monotonic = false
		}
		prev = p.seq
		count++
		fmt.Printf("%2d %-9s %s\n", p.seq, inputs[p.seq], p.digest)
	}
	fmt.Println("results:", count, "in order:", monotonic)
}
