package main

import (
	"fmt"
	"sort"
	"sync"
)

// The dispatcher uses a token bucket driven by a simulated clock, so every
// decision depends only on request timestamps, never on real time.

type request struct {
	client int
	seq    int
	tick   int
}

type bucket struct {
	capacity   int
	refillEach int // one token every refillEach ticks
	tokens     int
	lastRefill int
}

func (b *bucket) allow(now int) bool {
	if gained := (now - b.lastRefill) / b.refillEach; gained > 0 {
		b.tokens = min(b.capacity, b.tokens+gained)
		b.lastRefill += gained * b.refillEach
	}
	if b.tokens > 0 {
		b.tokens--
		return true
	}
	return false
}

// client generates its request schedule concurrently and reports it.
func client(id, count, gap int, out chan<- []request, wg *sync.WaitGroup) {
	defer wg.Done()
	reqs := make([]request, count)
	t := id // staggered start
	for i := range reqs {
		reqs[i] = request{client: id, seq: i, tick: t}
		t += gap + (i % 3)
	}
	out <- reqs
}

type decision struct {
	req     request
	allowed bool
}

func dispatch(in <-chan request, b *bucket, out chan<- decision) {
	for r := range in {
		out <- decision{r, b.allow(r.tick)}
	}
	close(out)
}

func main() {
	schedules := make(chan []request, 4)
	var wg sync.WaitGroup
	gaps := []int{1, 2, 4, 9}
	for id, gap := range gaps {
		wg.Add(1)
		go client(id, 12, gap, schedules, &wg)
	}
	wg.Wait()
	close(schedules)

	// Merge all schedules into one timeline ordered by (tick, client).
	var timeline []request
	for s := range schedules {
		timeline = append(timeline, s...)
	}
	sort.Slice(timeline, func(i, j int) bool {
		if timeline[i].tick != timeline[j].tick {
			return timeline[i].tick < timeline[j].tick
		}
		return timeline[i].client < timeline[j].client
	})

	in := make(chan request)
	out := make(chan decision)
	go dispatch(in, &bucket{capacity: 5, refillEach: 3, tokens: 5}, out)
	go func() {
		for _, r := range timeline {
			in <- r
		}
		close(in)
	}()

	allowed := make([]int, len(gaps))
	denied := make([]int, len(gaps))
	perWindow := map[int][2]int{}
	var firstDenied []string
	for d := range out {
		w := perWindow[d.req.tick/10]
		if d.allowed {
			allowed[d.req.client]++
			w[0]++
		} else {
			denied[d.req.client]++
			w[1]++
			if len(firstDenied) < 6 {
				firstDenied = append(firstDenied, fmt.Sprintf("c%d#%d@%d", d.req.client, d.req.seq, d.req.tick))
			}
		}
		perWindow[d.req.tick/10] = w
	}

	for id := range gaps {
		fmt.Printf("client %d (gap %d): allowed %2d denied %2d\n", id, gaps[id], allowed[id], denied[id])
	}
	windows := make([]int, 0, len(perWindow))
	for w := range perWindow {
		windows = append(windows, w)
	}
	sort.Ints(windows)
	for _, w := range windows {
		c := perWindow[w]
		fmt.Printf("ticks %3d-%3d: allowed %d denied %d\n", w*10, w*10+9, c[0], c[1])
	}
	fmt.Println("first denials:", firstDenied)
}
