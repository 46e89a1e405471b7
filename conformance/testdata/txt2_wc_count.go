package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"
)

type counts struct {
	lines, words, runes, bytes, longest int
}

func (c *counts) add(o counts) {
	c.lines += o.lines
	c.words += o.words
	c.runes += o.runes
	c.bytes += o.bytes
	c.longest = max(c.longest, o.longest)
}

func count(text string) counts {
	var c counts
	c.bytes = len(text)
	c.runes = utf8.RuneCountInString(text)
	c.lines = strings.Count(text, "\n")
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		c.longest = max(c.longest, utf8.RuneCountInString(line))
		ws := bufio.NewScanner(strings.NewReader(line))
		ws.Split(bufio.ScanWords)
		for ws.Scan() {
			c.words++
		}
	}
	return c
}

var files = []struct{ name, body string }{
	{"poem.txt", "Roses are red,\nViolets are blue,\nGo is concise\nAnd so are you.\n"},
	{"empty.txt", ""},
	{"no_newline.txt", "one two three"},
	{"unicode.txt", "naïve café\n日本語 テキスト\nemoji 🎉 party\n"},
	{"spaces.txt", "  leading\ttabs\t\tand   gaps  \n\n\ntrailing blank lines\n\n"},
}

func main() {
	var total counts
	fmt.Printf("%6s %6s %6s %6s %6s  %s\n", "lines", "words", "chars", "bytes", "max", "file")
	for _, f := range files {
		c := count(f.body)
		total.add(c)
		fmt.Printf("%6d %6d %6d %6d %6d  %s\n", c.lines, c.words, c.runes, c.bytes, c.longest, f.name)
	}
	fmt.Printf("%6d %6d %6d %6d %6d  %s\n", total.lines, total.words, total.runes, total.bytes, total.longest, "total")

	byName := map[string]string{}
	for _, f := range files {
		byName[f.name] = f.body
	}
	for _, name := range []string{"poem.txt", "missing.txt"} {
		body, ok := byName[name]
		c := count(body)
		fmt.Printf("lookup %s: found=%v words=%d\n", name, ok, c.words)
	}
	var b strings.Builder
	for i, r := range files[3].body {
		if r >= utf8.RuneSelf {
			fmt.Fprintf(&b, "%d:%c(%d) ", i, r, utf8.RuneLen(r))
		}
	}
	fmt.Println("multibyte:", strings.TrimSpace(b.String()))
}
