// Lab 8: a three-stage pipeline plus an iterator view of the final stage.
package main

import (
	"fmt"
	"iter"
	"strings"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func trim(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.TrimSpace(w)
		}
	}()
	return out
}

func filterEmpty(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			if w != "" {
				out <- w
			}
		}
	}()
	return out
}

func capitalize(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.ToUpper(w[:1]) + w[1:]
		}
	}()
	return out
}

// enumerate exposes a channel as an iter.Seq2 with positions.
func enumerate(c <-chan string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		i := 0
		for v := range c {
			if !yield(i, v) {
				// drain so the upstream goroutines can finish
				for range c {
				}
				return
			}
			i++
		}
	}
}

func main() {
	input := []string{"  pipes ", "", "filters", "   ", " stages", "sinks  ", "back-pressure"}
	out := capitalize(filterEmpty(trim(generate(input...))))

	var sb strings.Builder
	for i, w := range enumerate(out) {
		fmt.Printf("stage output %d: %q\n", i, w)
		if i > 0 {
			sb.WriteString(" | ")
		}
		sb.WriteString(w)
	}
	fmt.Println("joined:", sb.String())

	// Early exit: break after three items; enumerate drains the rest.
	count := 0
	for _, w := range enumerate(capitalize(filterEmpty(trim(generate(input...))))) {
		count++
		if count == 3 {
			fmt.Println("stopped early at:", w)
			break
		}
	}
	fmt.Println("items consumed before stop:", count)
	fmt.Printf("stage length in bytes: %d\n", sb.Len())
}
