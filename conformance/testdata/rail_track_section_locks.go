package main

import (
	"fmt"
	"slices"
	"sync"
)

// Section is a piece of single track that only one train may use at a time.
type Section struct {
	mu        sync.Mutex
	Name      string
	traversed []string
	passes    int
}

func (s *Section) Enter(train string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.passes++
	s.traversed = append(s.traversed, train)
}

type Line struct {
	sections []*Section
}

func NewLine(names ...string) *Line {
	l := &Line{}
	for _, n := range names {
		l.sections = append(l.sections, &Section{Name: n})
	}
	return l
}

// Run sends a train along the whole line, section by section.
func (l *Line) Run(train string, laps int) {
	for range laps {
		for _, s := range l.sections {
			s.Enter(train)
		}
	}
}

func main() {
	line := NewLine("Ashford-Wye", "Wye-Chilham", "Chilham-Chartham", "Chartham-Canterbury")
	trains := []string{"2A11", "2A13", "2A15", "1F40", "1F42"}

	var wg sync.WaitGroup
	for i, t := range trains {
		wg.Add(1)
		go func() {
			defer wg.Done()
			line.Run(t, i+1)
		}()
	}
	wg.Wait()

	for _, s := range line.sections {
		counts := map[string]int{}
		for _, t := range s.traversed {
			counts[t]++
		}
		names := make([]string, 0, len(counts))
		for n := range counts {
			names = append(names, n)
		}
		slices.Sort(names)
		fmt.Printf("%-20s passes=%2d\n", s.Name, s.passes)
		for _, n := range names {
			fmt.Printf("    %s x%d\n", n, counts[n])
		}
	}

	total := 0
	for _, s := range line.sections {
		total += s.passes
	}
	fmt.Println("total section passes:", total)
}
