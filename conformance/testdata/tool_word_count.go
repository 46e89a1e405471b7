// Command tool_word_count is a tiny "wc" that works on built-in documents
// and also reports the most frequent words.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Counts holds the classic wc numbers for one document.
type Counts struct {
	Lines, Words, Runes, Bytes int
}

func (c Counts) String() string {
	return fmt.Sprintf("%6d %6d %6d %6d", c.Lines, c.Words, c.Runes, c.Bytes)
}

// Add accumulates other into c; it needs a pointer receiver.
func (c *Counts) Add(other Counts) {
	c.Lines += other.Lines
	c.Words += other.Words
	c.Runes += other.Runes
	c.Bytes += other.Bytes
}

type document struct {
	name string
	text string
}

var docs = []document{
	{"poem.txt", "The quick brown fox\njumps over the lazy dog.\nThe dog sleeps;\nthe fox runs.\n"},
	{"notes.txt", "Go is expressive, concise, clean, and efficient.\nIts concurrency mechanisms make it easy to\nwrite programs.\n"},
	{"unicode.txt", "naïve café — déjà vu\nÜber straße\n"},
}

func count(text string) (Counts, map[string]int) {
	var c Counts
	freq := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		c.Lines++
		c.Bytes += len(line) + 1
		c.Runes += utf8.RuneCountInString(line) + 1
		words := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})
		c.Words += len(strings.Fields(line))
		for _, w := range words {
			freq[strings.ToLower(w)]++
		}
	}
	return c, freq
}

type wordFreq struct {
	Word  string
	Count int
}

func topWords(freq map[string]int, n int) []wordFreq {
	list := make([]wordFreq, 0, len(freq))
	for w, c := range freq {
		list = append(list, wordFreq{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	fmt.Printf("%6s %6s %6s %6s %s\n", "lines", "words", "runes", "bytes", "file")
	var total Counts
	all := make(map[string]int)
	for _, d := range docs {
		c, freq := count(d.text)
		total.Add(c)
		for w, n := range freq {
			all[w] += n
		}
		fmt.Printf("%v %s\n", c, d.name)
	}
	fmt.Printf("%v %s\n", total, "total")
	fmt.Printf("%#v\n", total)
	fmt.Println()
	fmt.Println("top words:")
	for i, wf := range topWords(all, 8) {
		fmt.Printf("%2d. %-12q %d\n", i+1, wf.Word, wf.Count)
	}
}
