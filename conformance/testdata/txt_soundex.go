package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

var codes = map[rune]byte{}

func init() {
	for digit, letters := range []string{"", "BFPV", "CGJKQSXZ", "DT", "L", "MN", "R"} {
		for _, r := range letters {
			codes[r] = byte('0' + digit)
		}
	}
}

// soundex implements American Soundex: H and W do not separate equal codes,
// vowels do.
func soundex(name string) string {
	var letters []rune
	for _, r := range strings.ToUpper(name) {
		if r >= 'A' && r <= 'Z' {
			letters = append(letters, r)
		}
	}
	if len(letters) == 0 {
		return ""
	}
	out := []byte{byte(letters[0])}
	last := codes[letters[0]]
	for _, r := range letters[1:] {
		c, ok := codes[r]
		switch {
		case ok && c != last:
			out = append(out, c)
			last = c
		case !ok && r != 'H' && r != 'W':
			last = 0 // vowel resets
		}
		if len(out) == 4 {
			break
		}
	}
	for len(out) < 4 {
		out = append(out, '0')
	}
	return string(out)
}

func main() {
	checks := map[string]string{
		"Robert": "R163", "Rupert": "R163", "Rubin": "R150", "Ashcraft": "A261",
		"Ashcroft": "A261", "Tymczak": "T522", "Pfister": "P236", "Honeyman": "H555",
	}
	ok := 0
	for _, name := range slices.Sorted(maps.Keys(checks)) {
		got := soundex(name)
		mark := "ok"
		if got != checks[name] {
			mark = "MISMATCH want " + checks[name]
		} else {
			ok++
		}
		fmt.Printf("%-9s %s %s\n", name, got, mark)
	}
	fmt.Printf("%d/%d reference codes match\n", ok, len(checks))

	names := strings.FieldsFunc(`Smith, Smyth, Schmidt; Smithe Johnson Jonson Jensen
		Lee Leigh Li Ng Moore Muir Mohr Thompson Thomson Tompkins O'Brien Obrien
		Catherine Kathryn Katherine Cathrine 123`, func(r rune) bool {
		return r == ',' || r == ';' || unicode.IsSpace(r)
	})

	groups := map[string][]string{}
	for _, n := range names {
		code := soundex(n)
		if code == "" {
			fmt.Printf("skipping %q: no letters\n", n)
			continue
		}
		groups[code] = append(groups[code], n)
	}

	fmt.Println("groups:")
	codesSorted := slices.Collect(maps.Keys(groups))
	slices.SortFunc(codesSorted, func(a, b string) int {
		if d := len(groups[b]) - len(groups[a]); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for _, code := range codesSorted {
		members := groups[code]
		slices.Sort(members)
		fmt.Printf("  %s (%d): %s\n", code, len(members), strings.Join(members, " "))
	}

	query := "Thomsen"
	q := soundex(query)
	fmt.Printf("sounds like %s [%s]: %v\n", query, q, groups[q])
}
