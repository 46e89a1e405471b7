package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

type Track struct {
	Artist string
	Title  string
	Length time.Duration
}

type Playlist []Track

func (p Playlist) Total() time.Duration {
	var d time.Duration
	for _, t := range p {
		d += t.Length
	}
	return d
}

func (p Playlist) Shuffle(rng *rand.Rand) Playlist {
	out := make(Playlist, len(p))
	copy(out, p)
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// SpreadArtists reorders so that the same artist does not play twice in a row
// when that can be avoided, with a greedy pass.
func (p Playlist) SpreadArtists() Playlist {
	rest := append(Playlist(nil), p...)
	var out Playlist
	last := ""
	for len(rest) > 0 {
		pick := 0
		for i, t := range rest {
			if t.Artist != last {
				pick = i
				break
			}
		}
		out = append(out, rest[pick])
		last = rest[pick].Artist
		rest = append(rest[:pick], rest[pick+1:]...)
	}
	return out
}

func adjacentRepeats(p Playlist) int {
	n := 0
	for i := 1; i < len(p); i++ {
		if p[i].Artist == p[i-1].Artist {
			n++
		}
	}
	return n
}

func mmss(d time.Duration) string {
	return fmt.Sprintf("%d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}

func (p Playlist) Print(title string) {
	fmt.Printf("-- %s (%s, repeats=%d) --\n", title, mmss(p.Total()), adjacentRepeats(p))
	for i, t := range p {
		fmt.Printf("%2d. %-10s %-18s %5s\n", i+1, t.Artist, t.Title, mmss(t.Length))
	}
}

func sec(s int) time.Duration { return time.Duration(s) * time.Second }

func main() {
	base := Playlist{
		{"Aurora", "Runaway", sec(248)},
		{"Aurora", "Cure for Me", sec(191)},
		{"Beck", "Loser", sec(234)},
		{"Beck", "Devils Haircut", sec(201)},
		{"Beck", "Where It's At", sec(330)},
		{"Bjork", "Joga", sec(305)},
		{"Can", "Vitamin C", sec(212)},
		{"Can", "Halleluhwah", sec(1112)},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	shuffled := base.Shuffle(rng)
	shuffled.Print("shuffled")
	base.Print("original")
	base.SpreadArtists().Print("spread")
	counts := map[string]int{}
	for range 200 {
		first := base.Shuffle(rng)[0]
		counts[first.Artist]++
	}
	for _, a := range []string{"Aurora", "Beck", "Bjork", "Can"} {
		fmt.Printf("%-7s first %3d times %s\n", a, counts[a], strings.Repeat("*", counts[a]/10))
	}
}
