package main

import (
	"fmt"
	"strings"
)

var sharps = []string{"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"}

type Degree struct {
	Numeral string
	Offset  int
	Minor   bool
}

var majorKey = map[string]Degree{
	"I":   {"I", 0, false},
	"ii":  {"ii", 2, true},
	"iii": {"iii", 4, true},
	"IV":  {"IV", 5, false},
	"V":   {"V", 7, false},
	"vi":  {"vi", 9, true},
}

func indexOf(note string) int {
	for i, n := range sharps {
		if n == note {
			return i
		}
	}
	return -1
}

// numerals emits roman numerals one by one.
func numerals(prog string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, f := range strings.Fields(prog) {
			out <- f
		}
	}()
	return out
}

// resolve turns numerals into chord names in the given key.
func resolve(key string, in <-chan string) <-chan string {
	out := make(chan string)
	root := indexOf(key)
	go func() {
		defer close(out)
		for n := range in {
			d, ok := majorKey[n]
			if !ok {
				out <- "?" + n
				continue
			}
			name := sharps[(root+d.Offset)%12]
			if d.Minor {
				name += "m"
			}
			out <- name
		}
	}()
	return out
}

func collect(in <-chan string) []string {
	var res []string
	for c := range in {
		res = append(res, c)
	}
	return res
}

func main() {
	progressions := []struct {
		Label string
		Prog  string
	}{
		{"pop axis", "I V vi IV"},
		{"fifties", "I vi IV V"},
		{"jazz turnaround", "ii V I"},
		{"twelve bar (short)", "I I I I IV IV I I V IV I V"},
		{"typo", "I V7 IV"},
	}
	keys := []string{"C", "G", "E"}

	for _, p := range progressions {
		fmt.Printf("%s: %s\n", p.Label, p.Prog)
		for _, k := range keys {
			chords := collect(resolve(k, numerals(p.Prog)))
			fmt.Printf("  in %-2s -> %s\n", k, strings.Join(chords, " | "))
		}
	}
}
