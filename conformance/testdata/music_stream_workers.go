package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type PlayEvent struct {
	UserID int
	Song   string
}

type Tally struct {
	mu     sync.Mutex
	counts map[string]int
}

func NewTally() *Tally {
	return &Tally{counts: make(map[string]int)}
}

func (t *Tally) Record(song string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.counts[song]++
}

func (t *Tally) Snapshot() map[string]int {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make(map[string]int, len(t.counts))
	for k, v := range t.counts {
		out[k] = v
	}
	return out
}

func generate(n int) []PlayEvent {
	songs := []string{"Wildflower", "Static Heart", "Low Tide", "Cassette", "Midnight Drive"}
	events := make([]PlayEvent, 0, n)
	for i := range n {
		// a deterministic but uneven distribution
		idx := (i*i/3 + i/7) % len(songs)
		events = append(events, PlayEvent{UserID: i % 37, Song: songs[idx]})
	}
	return events
}

func main() {
	events := generate(1000)
	tally := NewTally()

	const workers = 4
	jobs := make(chan PlayEvent)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ev := range jobs {
				tally.Record(ev.Song)
			}
		}()
	}
	for _, ev := range events {
		jobs <- ev
	}
	close(jobs)
	wg.Wait()

	snap := tally.Snapshot()
	type entry struct {
		Song  string
		Plays int
	}
	var list []entry
	total := 0
	for s, p := range snap {
		list = append(list, entry{s, p})
		total += p
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Plays != list[j].Plays {
			return list[i].Plays > list[j].Plays
		}
		return list[i].Song < list[j].Song
	})

	fmt.Printf("processed %d play events with %d workers\n", total, workers)
	for _, e := range list {
		bar := strings.Repeat("#", e.Plays/20)
		fmt.Printf("%-15s %4d %5.1f%% %s\n", e.Song, e.Plays, 100*float64(e.Plays)/float64(total), bar)
	}
}
