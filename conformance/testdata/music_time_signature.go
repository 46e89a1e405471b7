package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type TimeSignature struct {
	Beats    int
	NoteUnit int
}

func (ts TimeSignature) String() string {
	return fmt.Sprintf("%d/%d", ts.Beats, ts.NoteUnit)
}

func (ts TimeSignature) Feel() string {
	switch {
	case ts.Beats%3 == 0 && ts.Beats > 3:
		return "compound"
	case ts.Beats == 5 || ts.Beats == 7:
		return "odd meter"
	case ts.Beats == 3:
		return "waltz"
	default:
		return "simple"
	}
}

// QuarterNotes returns the length of one bar measured in quarter notes.
func (ts TimeSignature) QuarterNotes() float64 {
	return float64(ts.Beats) * 4 / float64(ts.NoteUnit)
}

func ParseTimeSignature(s string) (TimeSignature, error) {
	top, bottom, ok := strings.Cut(s, "/")
	if !ok {
		return TimeSignature{}, fmt.Errorf("parse %q: missing slash", s)
	}
	b, err := strconv.Atoi(top)
	if err != nil {
		return TimeSignature{}, fmt.Errorf("parse %q: %w", s, err)
	}
	n, err := strconv.Atoi(bottom)
	if err != nil {
		return TimeSignature{}, fmt.Errorf("parse %q: %w", s, err)
	}
	if n <= 0 || n&(n-1) != 0 {
		return TimeSignature{}, fmt.Errorf("parse %q: %w", s, errBadUnit)
	}
	return TimeSignature{b, n}, nil
}

var errBadUnit = errors.New("note unit must be a power of two")

func main() {
	inputs := []string{"4/4", "3/4", "6/8", "7/8", "5/4", "12/8", "2/2", "4-4", "3/5", "x/4"}
	var good []TimeSignature
	for _, in := range inputs {
		ts, err := ParseTimeSignature(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		good = append(good, ts)
		fmt.Printf("%-5v %-9s %5.2f quarter notes per bar\n", ts, ts.Feel(), ts.QuarterNotes())
	}

	ts := good[2]
	fmt.Printf("%%v:  %v\n", ts)
	fmt.Printf("%%+v: %+v\n", struct{ Beats, NoteUnit int }(ts))
	fmt.Printf("%%#v: %#v\n", ts)
	fmt.Printf("%%T:  %T\n", ts)
	fmt.Printf("%%q:  %q\n", ts)
	fmt.Printf("%%s in a slice: %s\n", good)
	fmt.Printf("%%x of beats and unit: %x %x\n", ts.Beats, ts.NoteUnit)
	fmt.Printf("%%08b of 12: %08b\n", 12)
}
