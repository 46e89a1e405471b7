package main

import (
	"fmt"
	"strings"
	"sync"
)

const (
	width   = 64
	height  = 24
	maxIter = 60
)

const palette = " .,:;-=+*#%@"

func iterations(cr, ci float64) int {
	zr, zi := 0.0, 0.0
	for i := range maxIter {
		if zr*zr+zi*zi > 4 {
			return i
		}
		zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
	}
	return maxIter
}

type Stats struct {
	mu     sync.Mutex
	inside int
	total  int
}

func (s *Stats) Add(inside, total int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inside += inside
	s.total += total
}

func main() {
	rows := make([]string, height)
	var stats Stats
	var wg sync.WaitGroup
	for y := range height {
		// Each goroutine owns exactly one row, so no locking is needed for rows.
		wg.Go(func() {
			var sb strings.Builder
			inside, sum := 0, 0
			ci := -1.2 + 2.4*float64(y)/float64(height-1)
			for x := range width {
				cr := -2.1 + 2.8*float64(x)/float64(width-1)
				n := iterations(cr, ci)
				sum += n
				if n == maxIter {
					inside++
					sb.WriteByte('@')
				} else {
					sb.WriteByte(palette[n*(len(palette)-1)/maxIter])
				}
			}
			rows[y] = sb.String()
			stats.Add(inside, sum)
		})
	}
	wg.Wait()

	for y, r := range rows {
		fmt.Printf("%2d |%s|\n", y, r)
	}
	fmt.Printf("points inside set: %d of %d (%.2f%%)\n", stats.inside, width*height,
		100*float64(stats.inside)/float64(width*height))
	fmt.Printf("total iterations: %d\n", stats.total)

	// Symmetry check: the set is mirrored around the real axis.
	sym := 0
	for y := range height / 2 {
		if rows[y] == rows[height-1-y] {
			sym++
		}
	}
	fmt.Printf("mirrored row pairs: %d/%d\n", sym, height/2)
}
