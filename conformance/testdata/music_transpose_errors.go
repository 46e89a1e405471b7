package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmptyChord = errors.New("empty chord symbol")

type UnknownNoteError struct {
	Symbol string
	Pos    int
}

func (e UnknownNoteError) Error() string {
	return fmt.Sprintf("unknown note %q at position %d", e.Symbol, e.Pos)
}

var chromatic = []string{"C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"}

var aliases = map[string]string{"C#": "Db", "D#": "Eb", "F#": "Gb", "G#": "Ab", "A#": "Bb"}

func splitRoot(chord string) (root, quality string, err error) {
	if chord == "" {
		return "", "", ErrEmptyChord
	}
	n := 1
	if len(chord) > 1 && (chord[1] == '#' || chord[1] == 'b') {
		n = 2
	}
	return chord[:n], chord[n:], nil
}

func transposeChord(chord string, pos, steps int) (string, error) {
	root, quality, err := splitRoot(chord)
	if err != nil {
		return "", fmt.Errorf("chord %d: %w", pos, err)
	}
	if a, ok := aliases[root]; ok {
		root = a
	}
	idx := -1
	for i, n := range chromatic {
		if n == root {
			idx = i
			break
		}
	}
	if idx < 0 {
		return "", fmt.Errorf("chord %d: %w", pos, UnknownNoteError{root, pos})
	}
	newIdx := ((idx+steps)%12 + 12) % 12
	return chromatic[newIdx] + quality, nil
}

func Transpose(progression string, steps int) (string, error) {
	chords := strings.Split(progression, " ")
	out := make([]string, 0, len(chords))
	for i, c := range chords {
		t, err := transposeChord(c, i+1, steps)
		if err != nil {
			return "", fmt.Errorf("transpose %q by %d: %w", progression, steps, err)
		}
		out = append(out, t)
	}
	return strings.Join(out, " "), nil
}

func main() {
	cases := []struct {
		prog  string
		steps int
	}{
		{"C Am F G", 2},
		{"Dm7 G7 Cmaj7", -2},
		{"F# B C#m", 5},
		{"E  A", 1},
		{"C H7 F", 3},
		{"Bb Eb F7", 12},
	}
	for _, c := range cases {
		res, err := Transpose(c.prog, c.steps)
		var unk UnknownNoteError
		switch {
		case err == nil:
			fmt.Printf("%-14q %+3d => %s\n", c.prog, c.steps, res)
		case errors.Is(err, ErrEmptyChord):
			fmt.Printf("%-14q %+3d => empty chord (extra space?): %v\n", c.prog, c.steps, err)
		case errors.As(err, &unk):
			fmt.Printf("%-14q %+3d => bad note %s at %d\n", c.prog, c.steps, unk.Symbol, unk.Pos)
			fmt.Println("   full error:", err)
			fmt.Println("   unwrapped once:", errors.Unwrap(err))
		default:
			fmt.Println("unexpected:", err)
		}
	}
	joined := errors.Join(ErrEmptyChord, UnknownNoteError{"X", 9})
	fmt.Printf("joined error is empty-chord: %t\n", errors.Is(joined, ErrEmptyChord))
	fmt.Printf("%q\n", joined.Error())
}
