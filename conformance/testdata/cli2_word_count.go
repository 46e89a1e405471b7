package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var files = map[string]string{
	"poem.txt":  "The quick brown fox\njumps over the lazy dog.\nThe dog sleeps;\nthe fox runs.\n",
	"greek.txt": "Καλημέρα κόσμε\nγειά σου\n",
	"empty.txt": "",
	"noeol.txt": "no trailing newline here",
}

type Counts struct{ Lines, Words, Runes, Bytes int }

func (c *Counts) Add(o Counts) {
	c.Lines += o.Lines
	c.Words += o.Words
	c.Runes += o.Runes
	c.Bytes += o.Bytes
}

func count(r io.Reader, freq map[string]int) (Counts, error) {
	var c Counts
	br := bufio.NewReader(r)
	inWord := false
	var word strings.Builder
	for {
		ch, size, err := br.ReadRune()
		if err == io.EOF {
			break
		} else if err != nil {
			return c, err
		}
		c.Runes++
		c.Bytes += size
		if ch == '\n' {
			c.Lines++
		}
		if unicode.IsSpace(ch) {
			if inWord && freq != nil {
				freq[strings.ToLower(strings.TrimFunc(word.String(), unicode.IsPunct))]++
			}
			inWord = false
			word.Reset()
			continue
		}
		if !inWord {
			c.Words++
			inWord = true
		}
		word.WriteRune(ch)
	}
	if inWord && freq != nil {
		freq[strings.ToLower(strings.TrimFunc(word.String(), unicode.IsPunct))]++
	}
	return c, nil
}

func wc(argv []string) {
	fs := flag.NewFlagSet("wc", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	top := fs.Int("top", 0, "show N most frequent words")
	if err := fs.Parse(argv); err != nil {
		fmt.Println("wc:", err)
		return
	}
	var total Counts
	freq := map[string]int{}
	for _, name := range fs.Args() {
		text, ok := files[name]
		if !ok {
			fmt.Printf("wc: %s: No such file\n", name)
			continue
		}
		c, err := count(strings.NewReader(text), freq)
		if err != nil {
			fmt.Printf("wc: %s: %v\n", name, err)
			continue
		}
		total.Add(c)
		fmt.Printf("%4d %4d %4d %4d %s (valid utf8: %v)\n", c.Lines, c.Words, c.Runes, c.Bytes, name, utf8.ValidString(text))
	}
	if fs.NArg() > 1 {
		fmt.Printf("%4d %4d %4d %4d total\n", total.Lines, total.Words, total.Runes, total.Bytes)
	}
	if *top > 0 {
		words := make([]string, 0, len(freq))
		for w := range freq {
			words = append(words, w)
		}
		sort.Slice(words, func(i, j int) bool {
			if freq[words[i]] != freq[words[j]] {
				return freq[words[i]] > freq[words[j]]
			}
			return words[i] < words[j]
		})
		for _, w := range words[:min(*top, len(words))] {
			fmt.Printf("  %-10s %d\n", w, freq[w])
		}
	}
}

func main() {
	for _, argv := range [][]string{
		{"poem.txt"},
		{"poem.txt", "greek.txt", "empty.txt", "noeol.txt", "missing.txt"},
		{"-top", "4", "poem.txt"},
		{"-top", "x"},
	} {
		fmt.Printf("$ wc %s\n", strings.Join(argv, " "))
		wc(argv)
	}
}
