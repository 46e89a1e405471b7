package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A tiny melody notation: "C4:q D4:e E4:h" (note, octave, duration).
type Event struct {
	Pitch  string
	Octave int
	Beats  float64
}

var lengths = map[byte]float64{'w': 4, 'h': 2, 'q': 1, 'e': 0.5, 's': 0.25}

func mustParseEvent(tok string) Event {
	name, dur, ok := strings.Cut(tok, ":")
	if !ok {
		panic(fmt.Sprintf("token %q has no duration", tok))
	}
	if len(name) < 2 {
		panic(fmt.Sprintf("token %q too short", tok))
	}
	oct, err := strconv.Atoi(name[len(name)-1:])
	if err != nil {
		panic(err)
	}
	beats, found := lengths[dur[0]]
	if !found {
		panic(fmt.Sprintf("unknown duration %q", dur))
	}
	if strings.HasSuffix(dur, ".") {
		beats *= 1.5
	}
	return Event{Pitch: name[:len(name)-1], Octave: oct, Beats: beats}
}

// ParseMelody converts panics from the low level parser into errors.
func ParseMelody(src string) (events []Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("parse melody: %w", v)
			default:
				err = fmt.Errorf("parse melody: %v", v)
			}
			events = nil
		}
	}()
	for _, tok := range strings.Fields(src) {
		events = append(events, mustParseEvent(tok))
	}
	return events, nil
}

func totalBeats(events []Event) (sum float64) {
	defer func() { sum = float64(int(sum*100)) / 100 }()
	for _, e := range events {
		sum += e.Beats
	}
	return sum
}

func main() {
	melodies := []string{
		"C4:q D4:q E4:q C4:q",
		"G4:h. A4:e B4:e C5:w",
		"E4:q F4",
		"Bb3:q Cx:e",
		"A4:z",
	}
	for i, m := range melodies {
		func() {
			defer fmt.Printf("  (melody %d checked)\n", i+1)
			events, err := ParseMelody(m)
			if err != nil {
				fmt.Println("error:", err)
				var numErr *strconv.NumError
				if errors.As(err, &numErr) {
					fmt.Printf("  bad octave digit %q in func %s\n", numErr.Num, numErr.Func)
				}
				return
			}
			fmt.Printf("%d notes, %.2f beats: %+v\n", len(events), totalBeats(events), events[0])
		}()
	}

	fmt.Println("defer order:")
	for n := range 3 {
		defer fmt.Println("  cleanup", n)
	}
}
