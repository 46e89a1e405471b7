package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type DeskStats struct {
	mu       sync.Mutex
	filed    map[string]int
	words    map[string]int
	rejected []string
}

func NewDeskStats() *DeskStats {
	return &DeskStats{filed: map[string]int{}, words: map[string]int{}}
}

func (d *DeskStats) File(reporter, text string) {
	n := len(strings.Fields(text))
	d.mu.Lock()
	defer d.mu.Unlock()
	if n < 3 {
		d.rejected = append(d.rejected, reporter+": "+text)
		return
	}
	d.filed[reporter]++
	d.words[reporter] += n
}

func (d *DeskStats) Report() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	names := make([]string, 0, len(d.filed))
	for name := range d.filed {
		names = append(names, name)
	}
	slices.Sort(names)
	lines := make([]string, 0, len(names))
	for _, name := range names {
		avg := float64(d.words[name]) / float64(d.filed[name])
		lines = append(lines, fmt.Sprintf("%-7s filed=%d words=%3d avg=%5.1f", name, d.filed[name], d.words[name], avg))
	}
	return lines
}

type SafeList[T any] struct {
	mu    sync.RWMutex
	items []T
}

func (l *SafeList[T]) Append(v T) {
	l.mu.Lock()
	l.items = append(l.items, v)
	l.mu.Unlock()
}

func (l *SafeList[T]) Len() int {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return len(l.items)
}

func main() {
	assignments := map[string][]string{
		"amara": {"Harbour cranes return to work", "Tide tables revised", "Ok"},
		"boris": {"Hospital wait times fall sharply this spring", "Clinic hours extended on weekends"},
		"chen":  {"Chess club wins regional title", "Brief", "Library hours cut", "New bakery opens downtown"},
		"dana":  {"Council meeting runs past midnight again"},
	}

	stats := NewDeskStats()
	var headlines SafeList[string]
	var wg sync.WaitGroup
	for reporter, stories := range assignments {
		for _, s := range stories {
			wg.Go(func() {
				stats.File(reporter, s)
				headlines.Append(s)
			})
		}
	}
	wg.Wait()

	for _, line := range stats.Report() {
		fmt.Println(line)
	}
	slices.Sort(stats.rejected)
	fmt.Println("rejected:", len(stats.rejected))
	for _, r := range stats.rejected {
		fmt.Println("  ", r)
	}
	fmt.Println("headlines received:", headlines.Len())
	longest := slices.MaxFunc(headlines.items, func(a, b string) int { return len(a) - len(b) })
	fmt.Printf("longest: %q (%d chars)\n", longest, len(longest))
}
