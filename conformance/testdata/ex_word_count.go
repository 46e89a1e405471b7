package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

type Frequency map[string]int

func WordCount(phrase string) Frequency {
	freq := Frequency{}
	words := strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	for _, w := range words {
		w = strings.Trim(w, "'")
		if w != "" {
			freq[w]++
		}
	}
	return freq
}

func (f Frequency) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range slices.Sorted(maps.Keys(f)) {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s:%d", k, f[k])
	}
	b.WriteByte('}')
	return b.String()
}

func main() {
	tests := []struct {
		name string
		in   string
		want Frequency
	}{
		{"one word", "word", Frequency{"word": 1}},
		{"one of each", "one of each", Frequency{"one": 1, "of": 1, "each": 1}},
		{"multiple occurrences", "one fish two fish red fish blue fish",
			Frequency{"one": 1, "fish": 4, "two": 1, "red": 1, "blue": 1}},
		{"commas", "one,two,three", Frequency{"one": 1, "two": 1, "three": 1}},
		{"punctuation", "car: carpet as java: javascript!!&@$%^&",
			Frequency{"car": 1, "carpet": 1, "as": 1, "java": 1, "javascript": 1}},
		{"numbers", "testing, 1, 2 testing", Frequency{"testing": 2, "1": 1, "2": 1}},
		{"normalize case", "go Go GO Stop stop", Frequency{"go": 3, "stop": 2}},
		{"apostrophes", "'First: don't laugh. Then: don't cry.'",
			Frequency{"first": 1, "don't": 2, "laugh": 1, "then": 1, "cry": 1}},
		{"empty", "", Frequency{}},
	}
	for _, tc := range tests {
		got := WordCount(tc.in)
		status := "PASS"
		if !maps.Equal(got, tc.want) {
			status = "FAIL"
		}
		fmt.Printf("%s %-22s %v\n", status, tc.name, got)
	}
	// fmt prints maps with sorted keys, so the raw map is deterministic too.
	fmt.Println(map[string]int(WordCount("a b a c b a")))
}
