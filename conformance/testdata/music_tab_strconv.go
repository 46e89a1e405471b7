package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Standard tuning, low to high, as MIDI note numbers.
var tuning = []struct {
	Name string
	MIDI int
}{
	{"E", 40}, {"A", 45}, {"D", 50}, {"G", 55}, {"B", 59}, {"e", 64},
}

var names = []string{"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"}

func midiName(n int) string {
	return names[n%12] + strconv.Itoa(n/12-1)
}

// parseChordShape reads a shape like "x32010" or "3-5-5-4-3-3".
func parseChordShape(shape string) ([]int, error) {
	var parts []string
	if strings.Contains(shape, "-") {
		parts = strings.Split(shape, "-")
	} else {
		parts = strings.Split(shape, "")
	}
	if len(parts) != len(tuning) {
		return nil, fmt.Errorf("shape %q: want %d strings, got %d", shape, len(tuning), len(parts))
	}
	frets := make([]int, len(parts))
	for i, p := range parts {
		if p == "x" || p == "X" {
			frets[i] = -1
			continue
		}
		f, err := strconv.Atoi(p)
		if err != nil {
			return nil, fmt.Errorf("shape %q string %d: %w", shape, i+1, err)
		}
		if f > 24 {
			return nil, fmt.Errorf("shape %q string %d: fret %d out of range", shape, i+1, f)
		}
		frets[i] = f
	}
	return frets, nil
}

func main() {
	shapes := map[string]string{
		"C":  "x32010",
		"G":  "320003",
		"Am": "x02210",
		"F":  "1-3-3-2-1-1",
		"D?": "xx023",
		"E?": "0-2-2-1-0-q",
	}
	order := []string{"C", "G", "Am", "F", "D?", "E?"}

	for _, name := range order {
		frets, err := parseChordShape(shapes[name])
		if err != nil {
			fmt.Printf("%-3s error: %v\n", name, err)
			if errors.Is(err, strconv.ErrSyntax) {
				fmt.Println("    (not a number)")
			}
			continue
		}
		var notes []string
		for i, f := range frets {
			if f < 0 {
				continue
			}
			notes = append(notes, midiName(tuning[i].MIDI+f))
		}
		fmt.Printf("%-3s %-12q -> %s\n", name, shapes[name], strings.Join(notes, " "))
	}

	fmt.Println("formatting play counts:")
	for _, n := range []int64{0, 999, 1500, 2500000} {
		fmt.Printf("  %-8s %s %s\n", strconv.FormatInt(n, 10), strconv.FormatInt(n, 16), strconv.Quote(fmt.Sprint(n)))
	}
	bpm, _ := strconv.ParseFloat("128.5", 64)
	loop, _ := strconv.ParseBool("true")
	fmt.Println("bpm:", strconv.FormatFloat(bpm, 'f', 2, 64), "loop:", loop)
	fmt.Println(strconv.AppendInt([]byte("track-"), 7, 10), string(strconv.AppendInt([]byte("track-"), 7, 10)))
}
