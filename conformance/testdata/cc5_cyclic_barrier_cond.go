// Exercise 22: a reusable (cyclic) barrier with sync.Cond and a generation counter.
package main

import (
	"fmt"
	"sync"
)

type CyclicBarrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	waiting    int
	generation int
	onTrip     func(gen int)
}

func NewCyclicBarrier(parties int, onTrip func(int)) *CyclicBarrier {
	b := &CyclicBarrier{parties: parties, onTrip: onTrip}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Await blocks until all parties arrive; the last one runs onTrip and
// starts the next generation.
func (b *CyclicBarrier) Await() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		if b.onTrip != nil {
			b.onTrip(gen)
		}
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return gen
	}
	for gen == b.generation {
		b.cond.Wait()
	}
	return gen
}

func main() {
	const workers, rounds = 4, 6
	scores := make([][]int, rounds) // scores[round][worker]
	for r := range scores {
		scores[r] = make([]int, workers)
	}
	var report []string
	leaderboard := make([]int, workers)

	barrier := NewCyclicBarrier(workers, func(gen int) {
		// Runs under the barrier lock, with every worker parked: safe to read all.
		best, who := -1, -1
		for w, s := range scores[gen] {
			leaderboard[w] += s
			if s > best {
				best, who = s, w
			}
		}
		report = append(report, fmt.Sprintf("round %d scores=%v winner=w%d", gen, scores[gen], who))
	})

	var wg sync.WaitGroup
	gens := make([][]int, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			state := w + 3
			for r := range rounds {
				state = (state*state + r) % 17
				scores[r][w] = state
				gens[w] = append(gens[w], barrier.Await())
			}
		}()
	}
	wg.Wait()

	for _, line := range report {
		fmt.Println(line)
	}
	for w, g := range gens {
		fmt.Printf("worker %d passed generations %v, total score %d\n", w, g, leaderboard[w])
	}
	fmt.Printf("barrier generation after run: %d (rounds=%d)\n", barrier.generation, rounds)
}
