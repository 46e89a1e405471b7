package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	sentence := "  the quick\tbrown   fox\njumps  "
	words := strings.Fields(sentence)
	fmt.Println("fields:", len(words), words)

	csv := "a,b,,c,"
	parts := strings.Split(csv, ",")
	fmt.Printf("split: %d %q\n", len(parts), parts)
	fmt.Printf("splitN: %q\n", strings.SplitN(csv, ",", 2))
	fmt.Printf("splitAfter: %q\n", strings.SplitAfter("x-y-z", "-"))

	fmt.Print("splitseq:")
	for part := range strings.SplitSeq("red|green|blue", "|") {
		fmt.Print(" [", part, "]")
	}
	fmt.Println()

	text := "first line\nsecond line\n\nfourth line"
	n := 0
	for line := range strings.Lines(text) {
		n++
		fmt.Printf("line %d: %q\n", n, line)
	}

	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	fmt.Print("fieldsfunc:")
	for w := range strings.FieldsFuncSeq("hello, world! 42 go-lang", notLetter) {
		fmt.Print(" ", w)
	}
	fmt.Println()

	for _, kv := range []string{"name=gopher", "age=15", "broken", "empty="} {
		key, value, found := strings.Cut(kv, "=")
		fmt.Printf("cut %-12q -> key=%q value=%q found=%v\n", kv, key, value, found)
	}

	if rest, ok := strings.CutPrefix("prefix:data", "prefix:"); ok {
		fmt.Println("cutprefix:", rest)
	}
	if rest, ok := strings.CutSuffix("report.txt", ".txt"); ok {
		fmt.Println("cutsuffix:", rest)
	}

	fmt.Println("join:", strings.Join(words, "_"))
	fmt.Println("count o:", strings.Count(sentence, "o"))
	fmt.Println("index fox:", strings.Index(sentence, "fox"))
	fmt.Println("trim:", strings.TrimSpace(sentence) == "the quick\tbrown   fox\njumps")
	fmt.Println("repeat:", strings.Repeat("ab", 3))
}
