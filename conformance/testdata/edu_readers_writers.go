// Lecture 8: readers-writers with sync.RWMutex.
//
// Many readers may hold the read lock at once; a writer holds it exclusively.
// Writers here move points between students so the class total is an
// invariant. Readers check the invariant under RLock: they must never see a
// half-finished move.
package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type GradeBook struct {
	mu     sync.RWMutex
	points map[string]int
}

func (g *GradeBook) Move(from, to string, n int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.points[from] -= n
	g.points[to] += n
}

// Total sums all points under the read lock.
func (g *GradeBook) Total() int {
	g.mu.RLock()
	defer g.mu.RUnlock()
	t := 0
	for _, p := range g.points {
		t += p
	}
	return t
}

// Snapshot returns the students sorted by name with their points.
func (g *GradeBook) Snapshot() []string {
	g.mu.RLock()
	defer g.mu.RUnlock()
	names := make([]string, 0, len(g.points))
	for n := range g.points {
		names = append(names, n)
	}
	slices.Sort(names) // map order is random: sort for stable output
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = fmt.Sprintf("%-7s %4d", n, g.points[n])
	}
	return out
}

func main() {
	students := []string{"ana", "ben", "chen", "dilan", "eva"}
	gb := &GradeBook{points: map[string]int{}}
	for _, s := range students {
		gb.points[s] = 100
	}
	const invariant = 500

	var wg sync.WaitGroup
	var reads, violations atomic.Int64

	// 8 readers, each reading 200 times.
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if gb.Total() != invariant {
					violations.Add(1)
				}
				reads.Add(1)
			}
		}()
	}
	// 2 writers walking around the circle of students (153 and 144 moves).
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 153-9*w; i++ {
				from := students[(i+w)%len(students)]
				to := students[(i+w+1+w)%len(students)]
				gb.Move(from, to, 1+w)
			}
		}()
	}
	wg.Wait()

	fmt.Println("reads performed:", reads.Load())
	fmt.Println("invariant violations seen by readers:", violations.Load())
	fmt.Println("final total:", gb.Total())
	for _, line := range gb.Snapshot() {
		fmt.Println(" ", line)
	}
}
