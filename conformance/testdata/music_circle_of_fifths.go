package main

import (
	"fmt"
	"strings"
)

var circle = []string{"C", "G", "D", "A", "E", "B", "F#", "Db", "Ab", "Eb", "Bb", "F"}

var sharpOrder = []string{"F#", "C#", "G#", "D#", "A#", "E#"}
var flatOrder = []string{"Bb", "Eb", "Ab", "Db", "Gb", "Cb"}

func signature(key string) (count int, accidentals []string) {
	for i, k := range circle {
		if k != key {
			continue
		}
		if i <= 6 {
			return i, sharpOrder[:i]
		}
		n := 12 - i
		return -n, flatOrder[:n]
	}
	return 0, nil
}

func describeSignature(count int) string {
	var parts []string
	switch {
	case count == 0:
		parts = append(parts, "no accidentals")
	case count >= 5:
		parts = append(parts, "many sharps")
		fallthrough
	case count > 0:
		parts = append(parts, "sharp key")
	case count <= -5:
		parts = append(parts, "many flats")
		fallthrough
	default:
		parts = append(parts, "flat key")
	}
	return strings.Join(parts, ", ")
}

func main() {
	fmt.Println("Circle of fifths:")
	for _, key := range circle {
		n, acc := signature(key)
		fmt.Printf("  %-3s %+d %-24s %s\n", key, n, strings.Join(acc, " "), describeSignature(n))
	}

	// Walk the circle from a starting key until we reach a key with
	// exactly the requested number of flats.
	start, wantFlats := "D", 3
	idx := 0
	for i, k := range circle {
		if k == start {
			idx = i
		}
	}
	steps := 0
walk:
	for {
		key := circle[idx%12]
		n, _ := signature(key)
		switch {
		case n == -wantFlats:
			fmt.Printf("Reached %s (%d flats) after %d steps from %s\n", key, wantFlats, steps, start)
			break walk
		case steps > 12:
			fmt.Println("gave up")
			break walk
		}
		idx++
		steps++
	}

	// Find the first pair of neighbouring keys whose signatures differ
	// by more than one accidental (the enharmonic "seam" of the circle).
	i := 0
loop:
	if i < len(circle) {
		a, _ := signature(circle[i])
		b, _ := signature(circle[(i+1)%12])
		if d := b - a; d > 1 || d < -1 {
			fmt.Printf("Seam between %s and %s (%+d -> %+d)\n", circle[i], circle[(i+1)%12], a, b)
			goto done
		}
		i++
		goto loop
	}
	fmt.Println("no seam found")
done:
	fmt.Println("done")
}
