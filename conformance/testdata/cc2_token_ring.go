package main

import (
	"fmt"
	"strings"
	"sync"
)

type token struct {
	hops  int
	value int
	trail []int // last few holders, for display
}

// ringNode receives the token, updates it and passes it on. When the hop
// budget is used up the node hands the token to the collector instead and
// closes its outgoing link, which makes every other node shut down too.
func ringNode(id int, in <-chan token, out chan<- token, finished chan<- token, maxHops int, seen *int, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range in {
		*seen++
		t.hops++
		t.value = (t.value*31 + id) % 1000003
		t.trail = append(t.trail, id)
		if len(t.trail) > 6 {
			t.trail = t.trail[1:]
		}
		if t.hops == maxHops {
			finished <- t
			close(out)
			// wait for the shutdown to travel round the ring back to us
			for range in {
			}
			return
		}
		out <- t
	}
	close(out)
}

func runRing(n, maxHops int) (token, []int) {
	links := make([]chan token, n)
	for i := range links {
		links[i] = make(chan token, 1) // a buffer lets a one-node ring talk to itself
	}
	seen := make([]int, n)
	finished := make(chan token, 1)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go ringNode(i, links[i], links[(i+1)%n], finished, maxHops, &seen[i], &wg)
	}
	links[0] <- token{}
	t := <-finished
	wg.Wait()
	return t, seen
}

func main() {
	cases := []struct{ nodes, hops int }{
		{5, 5}, {5, 12}, {8, 100}, {3, 1000}, {16, 250}, {1, 7},
	}
	for _, c := range cases {
		t, seen := runRing(c.nodes, c.hops)
		counts := make([]string, len(seen))
		total := 0
		for i, s := range seen {
			counts[i] = fmt.Sprint(s)
			total += s
		}
		fmt.Printf("ring=%d hops=%d value=%d last=%v\n", c.nodes, t.hops, t.value, t.trail)
		fmt.Printf("  per node: %s (total %d)\n", strings.Join(counts, " "), total)
		fmt.Printf("  token stopped at node %d\n", t.trail[len(t.trail)-1])
	}
}
