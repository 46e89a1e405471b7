package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Song struct {
	Title  string
	Artist string
}

func (s Song) String() string { return s.Title + " - " + s.Artist }

// smartShuffle shuffles but tries to avoid the same artist twice in a row.
func smartShuffle(r *rand.Rand, songs []Song) []Song {
	out := slices.Clone(songs)
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	for i := 1; i < len(out); i++ {
		if out[i].Artist != out[i-1].Artist {
			continue
		}
		for j := i + 1; j < len(out); j++ {
			if out[j].Artist != out[i-1].Artist {
				out[i], out[j] = out[j], out[i]
				break
			}
		}
	}
	return out
}

func repeats(list []Song) int {
	n := 0
	for i := 1; i < len(list); i++ {
		if list[i].Artist == list[i-1].Artist {
			n++
		}
	}
	return n
}

func main() {
	library := []Song{
		{"Hey Jude", "The Beatles"},
		{"Let It Be", "The Beatles"},
		{"Yesterday", "The Beatles"},
		{"Dreams", "Fleetwood Mac"},
		{"Landslide", "Fleetwood Mac"},
		{"Heroes", "David Bowie"},
		{"Starman", "David Bowie"},
		{"Jolene", "Dolly Parton"},
		{"Respect", "Aretha Franklin"},
	}

	r := rand.New(rand.NewPCG(1, 2))

	plain := slices.Clone(library)
	r.Shuffle(len(plain), func(i, j int) { plain[i], plain[j] = plain[j], plain[i] })
	fmt.Println("Plain shuffle:")
	for i, s := range plain {
		fmt.Printf("  %d. %v\n", i+1, s)
	}
	fmt.Println("  same-artist neighbours:", repeats(plain))

	smart := smartShuffle(r, library)
	fmt.Println("Smart shuffle:")
	for i, s := range smart {
		fmt.Printf("  %d. %v\n", i+1, s)
	}
	fmt.Println("  same-artist neighbours:", repeats(smart))

	picks := make([]string, 0, 5)
	for range 5 {
		picks = append(picks, library[r.IntN(len(library))].Title)
	}
	fmt.Println("Random radio picks:", strings.Join(picks, ", "))

	volume := 0.5 + r.Float64()/2
	fmt.Printf("Random starting volume: %.3f\n", volume)
}
