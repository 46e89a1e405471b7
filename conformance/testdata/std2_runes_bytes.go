package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type field struct {
	key, value string
}

func parsePairs(line string) []field {
	var out []field
	for _, part := range strings.Fields(line) {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			v = "(none)"
		}
		out = append(out, field{k, v})
	}
	return out
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	words := []string{"hello", "héllo", "日本語", "naïve café", "😀ok"}
	for _, w := range words {
		fmt.Printf("%-12q bytes=%2d runes=%d valid=%v reversed=%q\n",
			w, len(w), utf8.RuneCountInString(w), utf8.ValidString(w), reverseRunes(w))
	}

	s := "añb€c"
	fmt.Println("byte indexing:")
	for i := 0; i < len(s); i++ {
		fmt.Printf("  [%d]=0x%02x", i, s[i])
	}
	fmt.Println()
	fmt.Println("rune indexing:")
	for i, r := range s {
		fmt.Printf("  at byte %d rune %q width %d\n", i, r, utf8.RuneLen(r))
	}

	first, size := utf8.DecodeRuneInString("€uro")
	last, lsize := utf8.DecodeLastRuneInString("price€")
	fmt.Printf("first=%c size=%d last=%c size=%d\n", first, size, last, lsize)

	bad := string([]byte{'a', 0xff, 'b'})
	fmt.Printf("invalid: valid=%v runes=%d fixed=%q\n",
		utf8.ValidString(bad), utf8.RuneCountInString(bad), strings.ToValidUTF8(bad, "?"))

	for _, f := range parsePairs("name=gopher  age=13 flag lang=go=1.26") {
		fmt.Printf("key=%s value=%s\n", f.key, f.value)
	}

	csvish := "alpha;beta, gamma;;delta ,epsilon"
	parts := strings.FieldsFunc(csvish, func(r rune) bool {
		return r == ';' || r == ',' || unicode.IsSpace(r)
	})
	fmt.Printf("FieldsFunc: %d parts %v\n", len(parts), parts)

	pairs := [][2]string{{"Go", "GO"}, {"straße", "STRASSE"}, {"Σίσυφος", "ΣΊΣΥΦΟΣ"}, {"abc", "abd"}}
	for _, p := range pairs {
		fmt.Printf("EqualFold(%q, %q) = %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}

	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println("cut:", before, after, found)
	prefixless, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println("cutprefix:", prefixless, ok)

	fmt.Println("index byte vs rune:", strings.Index("日本語", "語"), strings.IndexRune("日本語", '本'))
	fmt.Println("count:", strings.Count("cheese", "e"), strings.Count("five", ""))
}
