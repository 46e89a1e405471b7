package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
)

const trackLen = 40

type Report struct {
	ID       int
	Distance int
	Stumbles int
}

// racer owns its random source and answers one report per tick it receives.
func racer(id int, ticks <-chan int, reports chan<- Report, wg *sync.WaitGroup) {
	defer wg.Done()
	rng := rand.New(rand.NewPCG(uint64(id), 42))
	r := Report{ID: id}
	for range ticks {
		step := 1 + rng.IntN(4)
		if rng.IntN(10) == 0 {
			step = 0
			r.Stumbles++
		}
		r.Distance = min(trackLen, r.Distance+step)
		reports <- r
	}
	close(reports)
}

type Result struct {
	Name     string
	Finish   int // round the racer crossed the line, 0 if not yet
	Distance int
	Stumbles int
}

func lane(name string, dist int) string {
	track := []byte(strings.Repeat(".", trackLen+1))
	track[dist] = '>'
	return fmt.Sprintf("%-6s|%s|", name, track)
}

func main() {
	names := []string{"Zippy", "Bolt", "Comet", "Dash", "Echo"}
	var wg sync.WaitGroup
	tickChans := make([]chan int, len(names))
	reportChans := make([]chan Report, len(names))
	for i := range names {
		tickChans[i] = make(chan int)
		reportChans[i] = make(chan Report)
		wg.Add(1)
		go racer(i, tickChans[i], reportChans[i], &wg)
	}

	results := make([]Result, len(names))
	for i, n := range names {
		results[i].Name = n
	}
	round := 0
	for finished := 0; finished < len(names); {
		round++
		for i := range names { // every racer moves "simultaneously"
			if results[i].Finish == 0 {
				tickChans[i] <- round
			}
		}
		for i := range names { // collect in a fixed order: deterministic
			if results[i].Finish != 0 {
				continue
			}
			r := <-reportChans[i]
			results[i].Distance, results[i].Stumbles = r.Distance, r.Stumbles
			if r.Distance == trackLen {
				results[i].Finish = round
				finished++
			}
		}
		if round%4 == 0 || finished == len(names) {
			fmt.Printf("after round %d:\n", round)
			for _, res := range results {
				fmt.Println("  " + lane(res.Name, res.Distance))
			}
		}
	}
	for _, c := range tickChans {
		close(c)
	}
	wg.Wait()

	slices.SortStableFunc(results, func(a, b Result) int {
		return cmp.Or(cmp.Compare(a.Finish, b.Finish), cmp.Compare(a.Stumbles, b.Stumbles))
	})
	fmt.Println("final standings:")
	for place, r := range results {
		fmt.Printf("%d. %-6s finished in round %2d with %d stumble(s)\n", place+1, r.Name, r.Finish, r.Stumbles)
	}
}
