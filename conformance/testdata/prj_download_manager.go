package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Download struct {
	URL   string
	Size  int // KB
	Speed int // KB per tick
	Fail  bool
}

type Status int

const (
	Pending Status = iota
	Complete
	Failed
)

func (s Status) String() string {
	return map[Status]string{Pending: "pending", Complete: "complete", Failed: "failed"}[s]
}

type Result struct {
	Index  int
	URL    string
	Status Status
	Ticks  int
	Err    error
}

var ErrConnReset = errors.New("connection reset")

// simulate runs a fake download: time is counted in ticks, not measured.
func simulate(d Download, progress func(pct int)) (int, error) {
	done, ticks := 0, 0
	for done < d.Size {
		ticks++
		done = min(d.Size, done+d.Speed)
		pct := done * 100 / d.Size
		if d.Fail && pct >= 50 {
			return ticks, fmt.Errorf("%s at %d%%: %w", d.URL, pct, ErrConnReset)
		}
		progress(pct)
	}
	return ticks, nil
}

type Manager struct {
	Workers int
	mu      sync.Mutex
	events  map[string][]int
}

func (m *Manager) Run(ds []Download) []Result {
	m.events = map[string][]int{}
	jobs := make(chan int)
	results := make([]Result, len(ds))
	var wg sync.WaitGroup
	for range m.Workers {
		wg.Go(func() {
			for i := range jobs {
				d := ds[i]
				ticks, err := simulate(d, func(p int) {
					m.mu.Lock()
					m.events[d.URL] = append(m.events[d.URL], p)
					m.mu.Unlock()
				})
				r := Result{Index: i, URL: d.URL, Ticks: ticks, Status: Complete, Err: err}
				if err != nil {
					r.Status = Failed
				}
				results[i] = r
			}
		})
	}
	for i := range ds {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

func main() {
	ds := []Download{
		{"https://example.test/a.iso", 1000, 250, false},
		{"https://example.test/b.zip", 300, 100, false},
		{"https://example.test/c.tar", 800, 200, true},
		{"https://example.test/d.mp4", 90, 40, false},
		{"https://example.test/e.pdf", 50, 100, false},
	}
	m := &Manager{Workers: 3}
	results := m.Run(ds)
	var failed []error
	total := 0
	for _, r := range results {
		name := r.URL[strings.LastIndex(r.URL, "/")+1:]
		fmt.Printf("[%d] %-6s %-8v ticks=%d progress=%v\n", r.Index, name, r.Status, r.Ticks, m.events[r.URL])
		if r.Err != nil {
			failed = append(failed, r.Err)
		} else {
			total += ds[r.Index].Size
		}
	}
	byTicks := slices.Clone(results)
	slices.SortStableFunc(byTicks, func(a, b Result) int { return a.Ticks - b.Ticks })
	fmt.Print("fastest first:")
	for _, r := range byTicks {
		fmt.Printf(" %d", r.Index)
	}
	fmt.Printf("\ndownloaded %d KB, %d failed\n", total, len(failed))
	err := errors.Join(failed...)
	fmt.Println("errors:", err, "| reset:", errors.Is(err, ErrConnReset))
}
