package main

import (
	"fmt"
	"slices"
	"strings"
)

type Stats struct {
	Start    uint64
	Steps    int
	Peak     uint64
	Sequence []uint64
}

func next(n uint64) uint64 {
	if n%2 == 0 {
		return n / 2
	}
	return 3*n + 1
}

// collatz computes stats, memoising step counts in cache.
func collatz(start uint64, cache map[uint64]int, keepSeq bool) Stats {
	s := Stats{Start: start, Peak: start}
	n := start
	var path []uint64
	for n != 1 {
		if c, ok := cache[n]; ok && !keepSeq {
			s.Steps += c
			break
		}
		path = append(path, n)
		n = next(n)
		s.Peak = max(s.Peak, n)
		s.Steps++
	}
	if keepSeq {
		s.Sequence = append(path, 1)
	}
	for i, v := range path {
		cache[v] = s.Steps - i
	}
	return s
}

func (s Stats) String() string {
	return fmt.Sprintf("start=%d steps=%d peak=%d", s.Start, s.Steps, s.Peak)
}

func main() {
	cache := make(map[uint64]int)
	s27 := collatz(27, cache, true)
	fmt.Println(s27)
	fmt.Println("first 12:", s27.Sequence[:12])
	fmt.Println("last 8: ", s27.Sequence[len(s27.Sequence)-8:])

	const limit = 10000
	var best Stats
	histogram := make([]int, 0, 30)
	totalSteps := 0
	for i := uint64(1); i <= limit; i++ {
		st := collatz(i, cache, false)
		totalSteps += st.Steps
		if st.Steps > best.Steps {
			best = st
		}
		bucket := st.Steps / 25
		for len(histogram) <= bucket {
			histogram = append(histogram, 0)
		}
		histogram[bucket]++
	}
	fmt.Printf("longest below %d: %v\n", limit, best)
	fmt.Printf("average steps: %.3f\n", float64(totalSteps)/limit)
	fmt.Println("cached values:", len(cache) > limit)
	for b, count := range histogram {
		bar := strings.Repeat("#", (count+49)/50)
		fmt.Printf("%3d-%3d %5d %s\n", b*25, b*25+24, count, bar)
	}

	var records []uint64
	most := -1
	for i := uint64(1); i <= 1000; i++ {
		if c := collatz(i, cache, false).Steps; c > most {
			most = c
			records = append(records, i)
		}
	}
	fmt.Println("step-count records up to 1000:", records)
	fmt.Println("contains 97:", slices.Contains(records, 97))
}
