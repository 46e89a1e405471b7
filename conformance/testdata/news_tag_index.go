package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Index maps a key to the set of document IDs that carry it.
type Index[K comparable, ID comparable] struct {
	entries map[K]map[ID]struct{}
}

func NewIndex[K comparable, ID comparable]() *Index[K, ID] {
	return &Index[K, ID]{entries: make(map[K]map[ID]struct{})}
}

func (ix *Index[K, ID]) Add(key K, id ID) {
	set, ok := ix.entries[key]
	if !ok {
		set = make(map[ID]struct{})
		ix.entries[key] = set
	}
	set[id] = struct{}{}
}

func (ix *Index[K, ID]) Count(key K) int {
	return len(ix.entries[key])
}

// IDs yields the ids for a key; order is not guaranteed.
func (ix *Index[K, ID]) IDs(key K) iter.Seq[ID] {
	return func(yield func(ID) bool) {
		for id := range ix.entries[key] {
			if !yield(id) {
				return
			}
		}
	}
}

func (ix *Index[K, ID]) Keys() iter.Seq[K] {
	return maps.Keys(ix.entries)
}

type Story struct {
	ID   int
	Head string
	Tags []string
}

func main() {
	stories := []Story{
		{101, "Rail strike enters second week", []string{"transport", "labor", "metro"}},
		{102, "New tram line approved", []string{"transport", "metro", "politics"}},
		{103, "Union votes on pay deal", []string{"labor", "economy"}},
		{104, "Budget surplus surprises analysts", []string{"economy", "politics"}},
		{105, "Cyclists demand safer lanes", []string{"transport", "metro"}},
	}

	idx := NewIndex[string, int]()
	for _, s := range stories {
		for _, t := range s.Tags {
			idx.Add(strings.ToLower(t), s.ID)
		}
	}

	byID := make(map[int]Story)
	for _, s := range stories {
		byID[s.ID] = s
	}

	tags := slices.Sorted(idx.Keys())
	fmt.Println("tags:", strings.Join(tags, ", "))
	for _, tag := range tags {
		ids := slices.Sorted(idx.IDs(tag))
		fmt.Printf("%-10s (%d) %v\n", tag, idx.Count(tag), ids)
	}

	fmt.Println("stories tagged metro AND transport:")
	metro := slices.Collect(idx.IDs("metro"))
	for _, id := range slices.Sorted(idx.IDs("transport")) {
		if slices.Contains(metro, id) {
			fmt.Printf("  #%d %s\n", id, byID[id].Head)
		}
	}
	fmt.Println("missing tag count:", idx.Count("weather"))
}
