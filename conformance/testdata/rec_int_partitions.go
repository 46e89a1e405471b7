package main

import (
	"fmt"
	"strings"
)

// partitions emits every way to write n as a non-increasing sum of parts
// no larger than limit.
func partitions(n, limit int, prefix []int, emit func([]int)) {
	if n == 0 {
		emit(prefix)
		return
	}
	for p := min(n, limit); p >= 1; p-- {
		partitions(n-p, p, append(prefix, p), emit)
	}
}

type key struct{ n, limit int }

type counter struct {
	memo  map[key]int64
	allow func(part int) bool
	// distinct forces each part to be strictly smaller than the last.
	distinct bool
}

func newCounter(allow func(int) bool, distinct bool) *counter {
	return &counter{memo: map[key]int64{}, allow: allow, distinct: distinct}
}

func (c *counter) count(n, limit int) int64 {
	if n == 0 {
		return 1
	}
	k := key{n, limit}
	if v, ok := c.memo[k]; ok {
		return v
	}
	var total int64
	for p := min(n, limit); p >= 1; p-- {
		if !c.allow(p) {
			continue
		}
		next := p
		if c.distinct {
			next = p - 1
		}
		total += c.count(n-p, next)
	}
	c.memo[k] = total
	return total
}

func main() {
	var lines []string
	partitions(6, 6, nil, func(parts []int) {
		s := fmt.Sprint(parts[0])
		for _, p := range parts[1:] {
			s += "+" + fmt.Sprint(p)
		}
		lines = append(lines, s)
	})
	fmt.Printf("6 has %d partitions:\n", len(lines))
	for i := 0; i < len(lines); i += 4 {
		fmt.Println("  " + strings.Join(lines[i:min(i+4, len(lines))], "  "))
	}

	all := newCounter(func(int) bool { return true }, false)
	odd := newCounter(func(p int) bool { return p%2 == 1 }, false)
	dist := newCounter(func(int) bool { return true }, true)
	fmt.Printf("%4s %12s %10s %10s\n", "n", "p(n)", "odd parts", "distinct")
	euler := true
	for _, n := range []int{1, 2, 3, 4, 5, 10, 20, 50, 100} {
		o, d := odd.count(n, n), dist.count(n, n)
		euler = euler && o == d
		fmt.Printf("%4d %12d %10d %10d\n", n, all.count(n, n), o, d)
	}
	fmt.Println("odd-part count equals distinct-part count:", euler)
	fmt.Println("memo sizes:", len(all.memo), len(odd.memo), len(dist.memo))

	// Partitions of 10 into exactly three parts, collected with a filter.
	var threes []string
	partitions(10, 10, nil, func(parts []int) {
		if len(parts) == 3 {
			threes = append(threes, fmt.Sprint(parts))
		}
	})
	fmt.Println("10 in three parts:", strings.Join(threes, " "))
}
