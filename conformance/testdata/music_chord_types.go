package main

import (
	"fmt"
	"strings"
)

type Chord interface {
	Name() string
	Notes() []string
}

type Triad struct {
	Root, Third, Fifth string
	Minor              bool
}

func (t Triad) Name() string {
	if t.Minor {
		return t.Root + "m"
	}
	return t.Root
}

func (t Triad) Notes() []string { return []string{t.Root, t.Third, t.Fifth} }

type Seventh struct {
	Triad
	Seventh string
	Major7  bool
}

func (s Seventh) Name() string {
	if s.Major7 {
		return s.Triad.Name() + "maj7"
	}
	return s.Triad.Name() + "7"
}

func (s Seventh) Notes() []string { return append(s.Triad.Notes(), s.Seventh) }

type PowerChord struct {
	Root, Fifth string
}

func (p PowerChord) Name() string    { return p.Root + "5" }
func (p PowerChord) Notes() []string { return []string{p.Root, p.Fifth} }

func describe(c Chord) string {
	switch v := c.(type) {
	case Seventh:
		if v.Major7 {
			return "dreamy major seventh"
		}
		return "bluesy dominant or minor seventh"
	case Triad:
		if v.Minor {
			return "sad minor triad"
		}
		return "bright major triad"
	case PowerChord:
		return "rock power chord (no third)"
	default:
		return "unknown"
	}
}

func main() {
	chords := []Chord{
		Triad{Root: "C", Third: "E", Fifth: "G"},
		Triad{Root: "A", Third: "C", Fifth: "E", Minor: true},
		Seventh{Triad: Triad{Root: "G", Third: "B", Fifth: "D"}, Seventh: "F"},
		Seventh{Triad: Triad{Root: "F", Third: "A", Fifth: "C"}, Seventh: "E", Major7: true},
		Seventh{Triad: Triad{Root: "D", Third: "F", Fifth: "A", Minor: true}, Seventh: "C"},
		PowerChord{Root: "E", Fifth: "B"},
	}

	for _, c := range chords {
		fmt.Printf("%-6s [%-11s] %s\n", c.Name(), strings.Join(c.Notes(), " "), describe(c))
	}

	counts := map[string]int{}
	for _, c := range chords {
		counts[fmt.Sprintf("%T", c)]++
	}
	for _, k := range []string{"main.PowerChord", "main.Seventh", "main.Triad"} {
		fmt.Printf("%-16s %d\n", k, counts[k])
	}

	var c Chord = chords[2]
	if s, ok := c.(Seventh); ok {
		fmt.Printf("embedded root via promotion: %s\n", s.Root)
		fmt.Printf("%+v\n", s)
	}
	if _, ok := c.(PowerChord); !ok {
		fmt.Println("G7 is not a power chord")
	}
}
