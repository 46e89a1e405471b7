package main

import (
	"fmt"
	"strings"
	"sync"
)

// countFrom counts completions using bitmasks for columns and diagonals.
func countFrom(n int, cols, diag1, diag2 uint32) int {
	full := uint32(1)<<n - 1
	if cols == full {
		return 1
	}
	total := 0
	avail := full &^ (cols | diag1 | diag2)
	for avail != 0 {
		bit := avail & -avail
		avail &^= bit
		total += countFrom(n, cols|bit, (diag1|bit)<<1&full, (diag2|bit)>>1)
	}
	return total
}

// CountParallel starts one goroutine per column of the first row.
func CountParallel(n int) int {
	results := make([]int, n)
	var wg sync.WaitGroup
	for c := 0; c < n; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			bit := uint32(1) << c
			results[c] = countFrom(n, bit, bit<<1&(1<<n-1), bit>>1)
		}(c)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	return sum
}

// FirstSolution returns the lexicographically first placement (column per row).
func FirstSolution(n int) []int {
	pos := make([]int, 0, n)
	var search func() bool
	search = func() bool {
		row := len(pos)
		if row == n {
			return true
		}
		for c := 0; c < n; c++ {
			ok := true
			for r, pc := range pos {
				if pc == c || row-r == c-pc || row-r == pc-c {
					ok = false
					break
				}
			}
			if ok {
				pos = append(pos, c)
				if search() {
					return true
				}
				pos = pos[:len(pos)-1]
			}
		}
		return false
	}
	if !search() {
		return nil
	}
	return pos
}

func render(sol []int) string {
	var sb strings.Builder
	for _, c := range sol {
		sb.WriteString(strings.Repeat(". ", c))
		sb.WriteString("Q")
		sb.WriteString(strings.Repeat(" .", len(sol)-c-1))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	type job struct{ n, count int }
	jobs := make([]job, 0, 10)
	for n := 1; n <= 10; n++ {
		jobs = append(jobs, job{n: n})
	}
	var wg sync.WaitGroup
	for i := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			jobs[i].count = CountParallel(jobs[i].n)
		}()
	}
	wg.Wait()
	for _, j := range jobs {
		fmt.Printf("n=%2d solutions=%d\n", j.n, j.count)
	}
	for _, n := range []int{3, 6, 8} {
		sol := FirstSolution(n)
		if sol == nil {
			fmt.Printf("no solution for n=%d\n", n)
			continue
		}
		fmt.Printf("first solution for n=%d: %v\n%s", n, sol, render(sol))
	}
}
