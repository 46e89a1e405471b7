package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

var toMorse = map[rune]string{
	'A': ".-", 'B': "-...", 'C': "-.-.", 'D': "-..", 'E': ".", 'F': "..-.",
	'G': "--.", 'H': "....", 'I': "..", 'J': ".---", 'K': "-.-", 'L': ".-..",
	'M': "--", 'N': "-.", 'O': "---", 'P': ".--.", 'Q': "--.-", 'R': ".-.",
	'S': "...", 'T': "-", 'U': "..-", 'V': "...-", 'W': ".--", 'X': "-..-",
	'Y': "-.--", 'Z': "--..", '0': "-----", '1': ".----", '2': "..---",
	'3': "...--", '4': "....-", '5': ".....", '6': "-....", '7': "--...",
	'8': "---..", '9': "----.",
}

var fromMorse = func() map[string]rune {
	m := make(map[string]rune, len(toMorse))
	for r, code := range toMorse {
		m[code] = r
	}
	return m
}()

var ErrUnknown = errors.New("unknown symbol")

func Encode(s string) (string, error) {
	var words []string
	for _, w := range strings.Fields(strings.ToUpper(s)) {
		var letters []string
		for _, r := range w {
			code, ok := toMorse[r]
			if !ok {
				return "", fmt.Errorf("encode %q: %w %q", s, ErrUnknown, r)
			}
			letters = append(letters, code)
		}
		words = append(words, strings.Join(letters, " "))
	}
	return strings.Join(words, " / "), nil
}

func Decode(code string) (string, error) {
	var b strings.Builder
	for i, word := range strings.Split(code, " / ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		for _, sym := range strings.Fields(word) {
			r, ok := fromMorse[sym]
			if !ok {
				return b.String(), fmt.Errorf("decode: %w %q", ErrUnknown, sym)
			}
			b.WriteRune(r)
		}
	}
	return b.String(), nil
}

func main() {
	for _, msg := range []string{"SOS", "Hello World", "Go 126", "learn morse", "hi!"} {
		enc, err := Encode(msg)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrUnknown))
			continue
		}
		dec, _ := Decode(enc)
		fmt.Printf("%-14q -> %s\n%17s <- %q\n", msg, enc, "", dec)
	}

	_, err := Decode("... --- ...---...")
	fmt.Println("bad decode:", err)

	// letters grouped by code length, then dot/dash counts
	byLen := map[int][]string{}
	for r, c := range toMorse {
		if r >= 'A' && r <= 'Z' {
			byLen[len(c)] = append(byLen[len(c)], string(r))
		}
	}
	for n := 1; n <= 4; n++ {
		slices.Sort(byLen[n])
		fmt.Printf("length %d: %s\n", n, strings.Join(byLen[n], ""))
	}
	dots, dashes := 0, 0
	for _, c := range toMorse {
		dots += strings.Count(c, ".")
		dashes += strings.Count(c, "-")
	}
	fmt.Printf("table has %d entries, %d dots, %d dashes\n", len(toMorse), dots, dashes)
}
