package main

import (
	"fmt"
	"slices"
)

type Interval int

var intervalNames = map[Interval]string{
	0: "unison", 1: "minor 2nd", 2: "major 2nd", 3: "minor 3rd",
	4: "major 3rd", 5: "perfect 4th", 6: "tritone", 7: "perfect 5th",
	8: "minor 6th", 9: "major 6th", 10: "minor 7th", 11: "major 7th",
	12: "octave",
}

func (i Interval) String() string {
	if i >= 0 && i <= 12 {
		return intervalNames[i]
	}
	return fmt.Sprintf("%s + %d octave(s)", intervalNames[i%12], int(i/12))
}

func (i Interval) Consonant() bool {
	switch i % 12 {
	case 0, 3, 4, 5, 7, 8, 9:
		return true
	}
	return false
}

var noteNumbers = map[string]int{
	"C": 60, "D": 62, "E": 64, "F": 65, "G": 67, "A": 69, "B": 71, "C5": 72, "E5": 76,
}

func between(a, b string) Interval {
	x, y := noteNumbers[a], noteNumbers[b]
	return Interval(max(x, y) - min(x, y))
}

func main() {
	pairs := [][2]string{
		{"C", "E"}, {"C", "G"}, {"E", "C"}, {"B", "F"},
		{"D", "C5"}, {"C", "C5"}, {"G", "E5"}, {"C", "E5"},
	}
	for _, p := range pairs {
		iv := between(p[0], p[1])
		fmt.Printf("%-2s -> %-2s %2d semitones  %-24v consonant=%t\n", p[0], p[1], int(iv), iv, iv.Consonant())
	}

	melody := []int{60, 62, 64, 65, 67, 72, 71, 69, 67, 60}
	lo, hi := slices.Min(melody), slices.Max(melody)
	fmt.Printf("melody range: %d..%d (%v)\n", lo, hi, Interval(hi-lo))

	leaps := map[Interval]int{}
	biggest := 0
	for i := range len(melody) - 1 {
		step := melody[i+1] - melody[i]
		size := max(step, -step)
		biggest = max(biggest, size)
		leaps[Interval(size)]++
	}
	keys := make([]Interval, 0, len(leaps))
	for k := range leaps {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("  %-12v x%d\n", k, leaps[k])
	}
	fmt.Println("largest leap:", Interval(biggest))

	clear(leaps)
	fmt.Println("after clear, distinct leaps:", len(leaps))
	buf := []int{1, 2, 3}
	clear(buf)
	fmt.Println("cleared slice keeps length:", buf, len(buf))
}
