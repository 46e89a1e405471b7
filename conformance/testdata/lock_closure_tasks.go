package main

import (
	"fmt"
	"strings"
	"sync"
)

// A task is just a named function that produces a string.
type task struct {
	name string
	run  func() string
}

func makeRepeater(s string, times int) func() string {
	return func() string {
		return strings.Repeat(s, times)
	}
}

func makeCounter(limit int) func() string {
	return func() string {
		var sb strings.Builder
		for i := 1; i <= limit; i++ {
			if i > 1 {
				sb.WriteByte(',')
			}
			fmt.Fprintf(&sb, "%d", i)
		}
		return sb.String()
	}
}

func main() {
	tasks := []task{
		{"stars", makeRepeater("*", 5)},
		{"dashes", makeRepeater("-=", 4)},
		{"count5", makeCounter(5)},
		{"count9", makeCounter(9)},
		{"upper", func() string { return strings.ToUpper("hello, goroutines") }},
		{"reverse", func() string {
			r := []rune("concurrency")
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		}},
	}

	// add a few generated tasks as well
	for i := 1; i <= 3; i++ {
		tasks = append(tasks, task{
			name: fmt.Sprintf("table%d", i),
			run: func() string {
				parts := make([]string, 0, 5)
				for j := 1; j <= 5; j++ {
					parts = append(parts, fmt.Sprint(i*j))
				}
				return strings.Join(parts, " ")
			},
		})
	}

	outputs := make([]string, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Go(func() {
			outputs[i] = t.run()
		})
	}
	wg.Wait()

	for i, t := range tasks {
		fmt.Printf("%-8s => %s\n", t.name, outputs[i])
	}
	fmt.Println("ran", len(tasks), "tasks")
}
