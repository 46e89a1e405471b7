package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

const appLog = `2024-03-01 10:00:01 INFO  disk  mounted /dev/sda1
2024-03-01 10:00:02 ERROR net   timeout contacting 10.0.0.7
2024-03-01 10:00:03 WARN  disk  usage at 81%
2024-03-01 10:00:04 ERROR disk  write error sector 1042
2024-03-01 10:00:05 INFO  net   link up eth0
2024-03-01 10:00:06 ERROR net   timeout contacting 10.0.0.9
2024-03-01 10:00:07 ERROR auth  bad password for root
2024-03-01 10:00:09 ERROR net   connection reset
2024-03-01 10:00:10 ERROR disk  write error sector 2077
2024-03-01 10:00:12 ERROR net   timeout contacting 10.0.0.7`

// stage is a filter in the pipeline: it reads in until closed and writes out.
type stage func(in <-chan string, out chan<- string)

func grep(word string) stage {
	return func(in <-chan string, out chan<- string) {
		for line := range in {
			if strings.Contains(line, word) {
				out <- line
			}
		}
	}
}

func field(n int) stage {
	return func(in <-chan string, out chan<- string) {
		for line := range in {
			if f := strings.Fields(line); n < len(f) {
				out <- f[n]
			}
		}
	}
}

func sortStage(in <-chan string, out chan<- string) {
	var all []string
	for line := range in {
		all = append(all, line)
	}
	slices.Sort(all)
	for _, l := range all {
		out <- l
	}
}

// uniqCount collapses adjacent duplicates into "count value" like uniq -c.
func uniqCount(in <-chan string, out chan<- string) {
	prev, n := "", 0
	for line := range in {
		if line != prev && n > 0 {
			out <- fmt.Sprintf("%d %s", n, prev)
			n = 0
		}
		prev = line
		n++
	}
	if n > 0 {
		out <- fmt.Sprintf("%d %s", n, prev)
	}
}

func sortByCountDesc(in <-chan string, out chan<- string) {
	var rows []string
	for line := range in {
		rows = append(rows, line)
	}
	count := func(s string) (c int) { fmt.Sscan(s, &c); return }
	slices.SortStableFunc(rows, func(a, b string) int { return cmp.Compare(count(b), count(a)) })
	for _, r := range rows {
		out <- r
	}
}

// head forwards the first n lines and drains the rest so upstream never blocks.
func head(n int) stage {
	return func(in <-chan string, out chan<- string) {
		seen := 0
		for line := range in {
			if seen++; seen <= n {
				out <- line
			}
		}
	}
}

// run chains stages with channels, one goroutine each, counting emitted lines.
func run(input string, stages ...stage) ([]string, []int) {
	src := make(chan string)
	go func() {
		defer close(src)
		for line := range strings.Lines(input) {
			src <- strings.TrimSuffix(line, "\n")
		}
	}()
	counts := make([]int, len(stages))
	var wg sync.WaitGroup
	var in <-chan string = src
	for i, st := range stages {
		prev, mid, out := in, make(chan string), make(chan string)
		wg.Go(func() {
			defer close(mid)
			st(prev, mid)
		})
		wg.Go(func() { // counts[i] is only touched by this goroutine
			defer close(out)
			for line := range mid {
				counts[i]++
				out <- line
			}
		})
		in = out
	}
	var result []string
	for line := range in {
		result = append(result, line)
	}
	wg.Wait()
	return result, counts
}

func main() {
	pipelines := []struct {
		cmd    string
		stages []stage
	}{
		{"grep ERROR | cut -f4 | sort | uniq -c | sort -rn", []stage{grep("ERROR"), field(3), sortStage, uniqCount, sortByCountDesc}},
		{"cut -f3 | sort | uniq -c", []stage{field(2), sortStage, uniqCount}},
		{"grep timeout | cut -f7 | sort | uniq -c | sort -rn | head -1", []stage{grep("timeout"), field(6), sortStage, uniqCount, sortByCountDesc, head(1)}},
		{"grep -F panic | sort", []stage{grep("panic"), sortStage}},
	}
	for _, p := range pipelines {
		out, counts := run(appLog, p.stages...)
		fmt.Printf("$ cat app.log | %s\n", p.cmd)
		for _, l := range out {
			fmt.Println("   ", l)
		}
		fmt.Printf("  lines emitted per stage: %v\n", counts)
	}
}
