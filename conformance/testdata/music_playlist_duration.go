package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Track struct {
	Title  string
	Artist string
	Length time.Duration
}

type Playlist struct {
	Name   string
	Tracks []Track
}

func (p *Playlist) Add(title, artist string, min, sec int) {
	d := time.Duration(min)*time.Minute + time.Duration(sec)*time.Second
	p.Tracks = append(p.Tracks, Track{Title: title, Artist: artist, Length: d})
}

func (p Playlist) Total() time.Duration {
	var total time.Duration
	for _, t := range p.Tracks {
		total += t.Length
	}
	return total
}

func (p Playlist) Longest() (Track, bool) {
	if len(p.Tracks) == 0 {
		return Track{}, false
	}
	best := p.Tracks[0]
	for _, t := range p.Tracks[1:] {
		if t.Length > best.Length {
			best = t
		}
	}
	return best, true
}

func mmss(d time.Duration) string {
	m := int(d / time.Minute)
	s := int((d % time.Minute) / time.Second)
	return fmt.Sprintf("%d:%02d", m, s)
}

func main() {
	p := &Playlist{Name: "Sunday Morning"}
	p.Add("Blue in Green", "Miles Davis", 5, 37)
	p.Add("Naima", "John Coltrane", 4, 21)
	p.Add("Peace Piece", "Bill Evans", 6, 42)
	p.Add("Take Five", "Dave Brubeck", 5, 24)
	p.Add("So What", "Miles Davis", 9, 22)

	fmt.Printf("Playlist %q has %d tracks\n", p.Name, len(p.Tracks))
	fmt.Println(strings.Repeat("-", 44))
	for i, t := range p.Tracks {
		fmt.Printf("%2d. %-15s %-14s %6s\n", i+1, t.Title, t.Artist, mmss(t.Length))
	}
	fmt.Println(strings.Repeat("-", 44))
	fmt.Println("Total duration:", p.Total())
	fmt.Println("Total (rounded to minutes):", p.Total().Round(time.Minute))

	if t, ok := p.Longest(); ok {
		fmt.Printf("Longest: %s (%v)\n", t.Title, t.Length)
	}

	sorted := make([]Track, len(p.Tracks))
	copy(sorted, p.Tracks)
	sort.Slice(sorted, func(i, j int) bool {
		return sorted[i].Length < sorted[j].Length
	})
	fmt.Println("Shortest first:")
	for _, t := range sorted {
		fmt.Printf("  %-15s %v\n", t.Title, t.Length)
	}

	byArtist := map[string]time.Duration{}
	for _, t := range p.Tracks {
		byArtist[t.Artist] += t.Length
	}
	artists := make([]string, 0, len(byArtist))
	for a := range byArtist {
		artists = append(artists, a)
	}
	sort.Strings(artists)
	fmt.Println("Time per artist:")
	for _, a := range artists {
		fmt.Printf("  %-14s %8.2f min\n", a, byArtist[a].Minutes())
	}
}
