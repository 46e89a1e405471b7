package main

import (
	"fmt"
	"slices"
	"strings"
)

type signature string

func sig(s string) signature {
	r := []rune(strings.ToLower(s))
	slices.Sort(r)
	return signature(r)
}

func Detect(subject string, candidates []string) []string {
	lower := strings.ToLower(subject)
	target := sig(subject)
	var out []string
	for _, c := range candidates {
		if strings.ToLower(c) == lower {
			continue
		}
		if sig(c) == target {
			out = append(out, c)
		}
	}
	return out
}

func main() {
	tests := []struct {
		name       string
		subject    string
		candidates []string
		want       []string
	}{
		{"no matches", "diaper", []string{"hello", "world", "zombies", "pants"}, nil},
		{"two anagrams", "master", []string{"stream", "pigeon", "maters"}, []string{"stream", "maters"}},
		{"subset is not anagram", "good", []string{"dog", "goody"}, nil},
		{"detects anagram", "listen", []string{"enlists", "google", "inlets", "banana"}, []string{"inlets"}},
		{"three anagrams", "allergy",
			[]string{"gallery", "ballerina", "regally", "clergy", "largely", "leading"},
			[]string{"gallery", "regally", "largely"}},
		{"case insensitive", "Orchestra", []string{"cashregister", "Carthorse", "radishes"}, []string{"Carthorse"}},
		{"not itself", "BANANA", []string{"BANANA", "Banana", "banana"}, nil},
		{"unicode", "ΑΒΓ", []string{"ΒΓΑ", "ΒΓΔ", "γβα"}, []string{"ΒΓΑ", "γβα"}},
		{"repeated letters", "tapper", []string{"patter"}, nil},
	}
	fails := 0
	for _, tc := range tests {
		got := Detect(tc.subject, tc.candidates)
		if slices.Equal(got, tc.want) {
			fmt.Printf("PASS %-24s %q\n", tc.name, got)
		} else {
			fails++
			fmt.Printf("FAIL %-24s got %q want %q\n", tc.name, got, tc.want)
		}
	}
	fmt.Println("failures:", fails)
	fmt.Println("signature of Listen:", sig("Listen"))
}
