package main

import (
	"fmt"
	"strings"
)

type Note int

var noteNames = [12]string{"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"}

func (n Note) String() string {
	return noteNames[((int(n)%12)+12)%12]
}

func (n Note) Up(semitones int) Note {
	return Note((int(n) + semitones) % 12)
}

type ScaleKind struct {
	Name  string
	Steps []int
}

var kinds = []ScaleKind{
	{"major", []int{2, 2, 1, 2, 2, 2, 1}},
	{"natural minor", []int{2, 1, 2, 2, 1, 2, 2}},
	{"dorian", []int{2, 1, 2, 2, 2, 1, 2}},
	{"major pentatonic", []int{2, 2, 3, 2, 3}},
	{"blues", []int{3, 2, 1, 1, 3, 2}},
}

func Build(root Note, k ScaleKind) []Note {
	notes := []Note{root}
	cur := root
	for _, s := range k.Steps[:len(k.Steps)-1] {
		cur = cur.Up(s)
		notes = append(notes, cur)
	}
	return notes
}

func join(notes []Note) string {
	parts := make([]string, len(notes))
	for i, n := range notes {
		parts[i] = n.String()
	}
	return strings.Join(parts, " ")
}

func parseNote(s string) (Note, bool) {
	for i, name := range noteNames {
		if name == s {
			return Note(i), true
		}
	}
	return 0, false
}

func main() {
	roots := []string{"C", "A", "D", "G"}
	for _, r := range roots {
		root, ok := parseNote(r)
		if !ok {
			fmt.Println("unknown note", r)
			continue
		}
		fmt.Printf("== root %v ==\n", root)
		for _, k := range kinds {
			scale := Build(root, k)
			fmt.Printf("  %-17s %s\n", k.Name+":", join(scale))
		}
	}

	sum := 0
	for _, s := range kinds[0].Steps {
		sum += s
	}
	fmt.Println("semitones in a major scale octave:", sum)

	var n Note = 11
	fmt.Printf("%v up a half step is %v (type %T)\n", n, n.Up(1), n)
}
