package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Stats keeps the sum in integer tenths so the result does not
// depend on the order in which goroutines add values.
type Stats struct {
	Count    int
	Tenths   int64
	Min, Max float64
}

func (s *Stats) Observe(v float64) {
	if s.Count == 0 || v < s.Min {
		s.Min = v
	}
	if s.Count == 0 || v > s.Max {
		s.Max = v
	}
	s.Count++
	s.Tenths += int64(math.Round(v * 10))
}

func (s Stats) Mean() float64 { return float64(s.Tenths) / 10 / float64(s.Count) }

type Registry struct {
	mu     sync.Mutex
	bySens map[string]*Stats
	bucket map[int]int // 5-degree buckets
	bad    int
}

func (r *Registry) Record(name string, v float64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	st, ok := r.bySens[name]
	if !ok {
		st = &Stats{}
		r.bySens[name] = st
	}
	st.Observe(v)
	r.bucket[int(v)/5*5]++
}

func (r *Registry) Bad() {
	r.mu.Lock()
	r.bad++
	r.mu.Unlock()
}

const logData = `kitchen=21.5 garage=12.0 attic=28.1 kitchen=22.0 garage=11.4
attic=29.3 basement=15.2 kitchen=21.8 garage=err attic=30.0
basement=15.0 kitchen=23.1 basement=14.8 garage=10.9 attic=27.5
kitchen=22.4 basement=15.5 attic=?? garage=11.8 kitchen=21.9`

func main() {
	reg := &Registry{bySens: map[string]*Stats{}, bucket: map[int]int{}}
	lines := make(chan string)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for line := range lines {
				for _, tok := range strings.Fields(line) {
					name, val, _ := strings.Cut(tok, "=")
					v, err := strconv.ParseFloat(val, 64)
					if err != nil {
						reg.Bad()
						continue
					}
					reg.Record(name, v)
				}
			}
		})
	}
	for _, l := range strings.Split(logData, "\n") {
		lines <- l
	}
	close(lines)
	wg.Wait()

	fmt.Printf("%-9s %5s %7s %7s %7s  %s\n", "sensor", "n", "mean", "min", "max", "range bar")
	overall := Stats{}
	for _, name := range slices.Sorted(maps.Keys(reg.bySens)) {
		s := reg.bySens[name]
		bar := strings.Repeat(" ", int(s.Min/2)) + strings.Repeat("=", int((s.Max-s.Min)*2)+1)
		fmt.Printf("%-9s %5d %7.2f %7.2f %7.2f  |%s\n", name, s.Count, s.Mean(), s.Min, s.Max, bar)
		overall.Count += s.Count
		overall.Tenths += s.Tenths
	}
	fmt.Printf("readings: %d good, %d bad, overall mean %.3f\n", overall.Count, reg.bad, overall.Mean())
	fmt.Println()
	fmt.Println("all readings by 5-degree bucket:")
	for _, b := range slices.Sorted(maps.Keys(reg.bucket)) {
		n := reg.bucket[b]
		fmt.Printf("  %2d-%-2d %-8s %d\n", b, b+5, strings.Repeat("*", n), n)
	}
}
