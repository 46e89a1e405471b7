package main

import (
	"fmt"
	"sort"
	"sync"
)

type Scoreboard struct {
	mu    sync.Mutex
	best  map[string]int
	plays int
}

func (s *Scoreboard) Record(player string, score int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.plays++
	if score > s.best[player] {
		s.best[player] = score
	}
}

func (s *Scoreboard) Snapshot() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys := make([]string, 0, len(s.best))
	for k := range s.best {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%-6s %5d", k, s.best[k])
	}
	return out
}

func simulate(player string, round int) int {
	score := 0
	for i := range 50 {
		score += (len(player)*31 + round*17 + i*7) % 23
	}
	return score * 10
}

func main() {
	board := &Scoreboard{best: make(map[string]int)}
	players := []string{"ANNA", "BEN", "CLEO", "DEV", "EMIL"}

	var wg sync.WaitGroup
	for _, p := range players {
		for round := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				board.Record(p, simulate(p, round))
			}()
		}
	}
	wg.Wait()

	fmt.Println("total plays:", board.plays)
	fmt.Println("best scores:")
	for _, line := range board.Snapshot() {
		fmt.Println(" ", line)
	}

	var once sync.Once
	var opened int
	var wg2 sync.WaitGroup
	for range 10 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { opened++ })
		}()
	}
	wg2.Wait()
	fmt.Println("doors opened:", opened)
}
