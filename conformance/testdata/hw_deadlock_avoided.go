package main

import (
	"fmt"
	"sort"
	"sync"
)

// Resource is a lockable resource with a rank used for global lock ordering.
type Resource struct {
	Rank int
	Name string
	mu   sync.Mutex
	uses int
}

// withBoth acquires two resources in rank order. Acquiring them in argument
// order (a then b) while another goroutine does (b then a) could deadlock;
// the fix is a single global order.
func withBoth(a, b *Resource, f func()) {
	first, second := a, b
	if second.Rank < first.Rank {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	f()
}

type Report struct {
	Name string
	Uses int
}

func (r Report) String() string { return fmt.Sprintf("%s used %d times", r.Name, r.Uses) }

func main() {
	printer := &Resource{Rank: 1, Name: "printer"}
	scanner := &Resource{Rank: 2, Name: "scanner"}
	plotter := &Resource{Rank: 3, Name: "plotter"}
	pairs := [][2]*Resource{
		{printer, scanner}, {scanner, printer},
		{scanner, plotter}, {plotter, scanner},
		{plotter, printer}, {printer, plotter},
	}
	var wg sync.WaitGroup
	for _, p := range pairs {
		wg.Go(func() {
			for range 200 {
				withBoth(p[0], p[1], func() {
					p[0].uses++
					p[1].uses++
				})
			}
		})
	}
	wg.Wait()
	var reports []Report
	for _, r := range []*Resource{plotter, scanner, printer} {
		reports = append(reports, Report{r.Name, r.uses})
	}
	sort.Slice(reports, func(i, j int) bool { return reports[i].Name < reports[j].Name })
	total := 0
	for _, r := range reports {
		fmt.Println(r)
		total += r.Uses
	}
	fmt.Println("all goroutines finished; total uses:", total, "expected:", 6*200*2)
}
