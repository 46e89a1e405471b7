package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Merge fans in any number of channels of the same type.
func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func From[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func Map[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var res []T
	for v := range in {
		res = append(res, v)
	}
	return res
}

func SortedCollect[T cmp.Ordered](in <-chan T) []T {
	res := Collect(in)
	slices.Sort(res)
	return res
}

type LogLine struct {
	Host  string
	Level string
	Code  int
}

func main() {
	words := SortedCollect(Merge(
		From("kiwi", "apple", "mango"),
		From("banana"),
		From("cherry", "date"),
		From[string](),
	))
	fmt.Println("words:", words)

	lengths := SortedCollect(Map(Merge(From("go", "rust"), From("haskell", "c")), func(s string) int { return len(s) }))
	fmt.Println("lengths:", lengths)

	upper := SortedCollect(Map(From("x", "y", "z"), strings.ToUpper))
	fmt.Println("upper:", upper)

	lines := Collect(Merge(
		From(LogLine{"web-1", "ERROR", 500}, LogLine{"web-1", "INFO", 200}),
		From(LogLine{"web-2", "WARN", 429}, LogLine{"web-2", "ERROR", 503}),
		From(LogLine{"db-1", "INFO", 0}),
	))
	slices.SortFunc(lines, func(a, b LogLine) int {
		return cmp.Or(cmp.Compare(a.Host, b.Host), cmp.Compare(a.Code, b.Code))
	})
	for _, l := range lines {
		fmt.Printf("  %-6s %-5s %d\n", l.Host, l.Level, l.Code)
	}

	byLevel := map[string]int{}
	for _, l := range lines {
		byLevel[l.Level]++
	}
	levels := slices.Sorted(func(yield func(string) bool) {
		for k := range byLevel {
			if !yield(k) {
				return
			}
		}
	})
	for _, lv := range levels {
		fmt.Printf("level %s: %d\n", lv, byLevel[lv])
	}

	many := make([]<-chan int, 20)
	for i := range many {
		many[i] = From(i, i*100)
	}
	total := 0
	for v := range Merge(many...) {
		total += v
	}
	fmt.Println("merged 20 channels, total:", total)
}
