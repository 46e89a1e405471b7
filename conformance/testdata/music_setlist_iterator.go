package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Song struct {
	Title   string
	Key     string
	Minutes float64
	Encore  bool
}

type Setlist struct {
	Venue string
	songs []Song
}

func (s *Setlist) Add(songs ...Song) { s.songs = append(s.songs, songs...) }

// All yields every song with its position.
func (s *Setlist) All() iter.Seq2[int, Song] {
	return func(yield func(int, Song) bool) {
		for i, song := range s.songs {
			if !yield(i+1, song) {
				return
			}
		}
	}
}

// Where yields only songs matching the predicate.
func (s *Setlist) Where(keep func(Song) bool) iter.Seq[Song] {
	return func(yield func(Song) bool) {
		for _, song := range s.songs {
			if keep(song) && !yield(song) {
				return
			}
		}
	}
}

func Titles(seq iter.Seq[Song]) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s := range seq {
			if !yield(s.Title) {
				return
			}
		}
	}
}

func main() {
	set := &Setlist{Venue: "The Blue Room"}
	set.Add(
		Song{"Opening Night", "E", 4.5, false},
		Song{"Glass Houses", "A", 3.75, false},
		Song{"Slow River", "D", 6.0, false},
		Song{"Static", "E", 3.25, false},
		Song{"Paper Crown", "G", 5.5, false},
		Song{"Last Call", "A", 4.0, true},
		Song{"Goodnight Moon", "D", 7.25, true},
	)

	fmt.Println("Setlist at", set.Venue)
	var runtime float64
	for pos, s := range set.All() {
		tag := ""
		if s.Encore {
			tag = " (encore)"
		}
		fmt.Printf("%2d. %-15s key of %s %5.2f min%s\n", pos, s.Title, s.Key, s.Minutes, tag)
		runtime += s.Minutes
	}
	fmt.Printf("Runtime: %.2f minutes\n", runtime)

	long := set.Where(func(s Song) bool { return s.Minutes >= 5 })
	fmt.Println("Long songs:", strings.Join(slices.Collect(Titles(long)), ", "))

	fmt.Print("First two in E or A:")
	count := 0
	for s := range set.Where(func(s Song) bool { return s.Key == "E" || s.Key == "A" }) {
		fmt.Print(" ", s.Title)
		count++
		if count == 2 {
			break
		}
	}
	fmt.Println()

	byKey := map[string][]string{}
	for _, s := range set.All() {
		byKey[s.Key] = append(byKey[s.Key], s.Title)
	}
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		fmt.Printf("key %s: %v\n", k, byKey[k])
	}
}
