package main

import (
	"fmt"
	"iter"
	"strings"
)

type Entry struct {
	ID    int
	Title string
}

type Archive struct {
	entries []Entry
	fetches int
}

// page simulates a backend returning one page of results.
func (a *Archive) page(offset, limit int) []Entry {
	a.fetches++
	if offset >= len(a.entries) {
		return nil
	}
	end := min(offset+limit, len(a.entries))
	return a.entries[offset:end]
}

// All yields every entry, fetching pages lazily.
func (a *Archive) All(pageSize int) iter.Seq2[int, Entry] {
	return func(yield func(int, Entry) bool) {
		i := 0
		for offset := 0; ; offset += pageSize {
			batch := a.page(offset, pageSize)
			if len(batch) == 0 {
				return
			}
			for _, e := range batch {
				if !yield(i, e) {
					return
				}
				i++
			}
		}
	}
}

func Filter[T any](seq iter.Seq2[int, T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

func main() {
	topics := []string{"election", "weather", "election", "sport", "culture", "election", "weather", "sport", "election", "science", "election"}
	arc := &Archive{}
	for i, t := range topics {
		arc.entries = append(arc.entries, Entry{ID: 500 + i, Title: t + " update"})
	}

	for i, e := range arc.All(4) {
		fmt.Printf("%2d #%d %s\n", i, e.ID, e.Title)
	}
	fmt.Println("page fetches for full scan:", arc.fetches)

	arc.fetches = 0
	isElection := func(e Entry) bool { return strings.HasPrefix(e.Title, "election") }
	for e := range Take(Filter(arc.All(3), isElection), 3) {
		fmt.Println("election story:", e.ID)
	}
	fmt.Println("page fetches for first three:", arc.fetches)

	arc.fetches = 0
	for i, e := range arc.All(5) {
		if i == 2 {
			fmt.Println("stopped at", e.ID)
			break
		}
	}
	fmt.Println("page fetches after early break:", arc.fetches)

	next, stop := iter.Pull2(arc.All(2))
	defer stop()
	for range 3 {
		i, e, ok := next()
		fmt.Println("pulled", i, e.Title, ok)
	}
}
