// Lecture 3: many readers, few writers -- sync.RWMutex in a small cache.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Grade int

// String makes Grade a fmt.Stringer.
func (g Grade) String() string {
	switch {
	case g >= 90:
		return fmt.Sprintf("A(%d)", int(g))
	case g >= 75:
		return fmt.Sprintf("B(%d)", int(g))
	case g >= 60:
		return fmt.Sprintf("C(%d)", int(g))
	}
	return fmt.Sprintf("F(%d)", int(g))
}

type GradeBook struct {
	mu     sync.RWMutex
	grades map[string]Grade
	rmu    sync.Mutex // guards reads, which readers update concurrently
	reads  int
}

func (b *GradeBook) Get(name string) (Grade, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	g, ok := b.grades[name]
	b.rmu.Lock()
	b.reads++
	b.rmu.Unlock()
	return g, ok
}

func (b *GradeBook) Set(name string, g Grade) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.grades[name] = g
}

func (b *GradeBook) Names() []string {
	b.mu.RLock()
	defer b.mu.RUnlock()
	names := make([]string, 0, len(b.grades))
	for n := range b.grades {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

func main() {
	book := &GradeBook{grades: map[string]Grade{}}
	students := []string{"noor", "li", "maria", "tom", "sven", "amaka"}
	base := []Grade{55, 72, 88, 91, 64, 79}

	var wg sync.WaitGroup
	// Writers: each student gets a base grade plus a bonus.
	for i, s := range students {
		wg.Go(func() { book.Set(s, base[i]+Grade(i)) })
	}
	wg.Wait()

	// Readers: many concurrent lookups, results stored per reader.
	const readers = 12
	found := make([]int, readers)
	for r := range readers {
		wg.Go(func() {
			for _, s := range students {
				if _, ok := book.Get(s); ok {
					found[r]++
				}
			}
			if _, ok := book.Get("nobody"); ok {
				found[r] += 100
			}
		})
	}
	wg.Wait()

	fmt.Println("names:", book.Names())
	for _, n := range book.Names() {
		g, _ := book.Get(n)
		fmt.Printf("%-6s %v\n", n, g)
	}
	fmt.Println("found per reader:", found)
	fmt.Println("total reads:", book.reads)
	book.mu.RLock()
	fmt.Println("map via fmt:", book.grades)
	book.mu.RUnlock()
}
