package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"
)

const poem = `The quick brown fox
jumps over the lazy dog.
Über café naïve résumé
  leading spaces here

last line without newline`

// Counts holds the totals that wc reports.
type Counts struct {
	Lines, Words, Bytes, Runes int
}

func (c Counts) String() string {
	return fmt.Sprintf("%7d %7d %7d %7d", c.Lines, c.Words, c.Bytes, c.Runes)
}

func wc(text string) Counts {
	var c Counts
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		c.Lines++
		c.Words += len(strings.Fields(line))
		c.Bytes += len(line) + 1
		c.Runes += utf8.RuneCountInString(line) + 1
	}
	if !strings.HasSuffix(text, "\n") {
		c.Bytes--
		c.Runes--
	}
	return c
}

func readLines(text string) []string {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

func head(lines []string, n int) []string {
	return lines[:min(n, len(lines))]
}

func tail(lines []string, n int) []string {
	return lines[max(0, len(lines)-n):]
}

func main() {
	c := wc(poem)
	fmt.Println("  lines   words   bytes   runes")
	fmt.Println(c)
	fmt.Printf("%+v\n", c)
	fmt.Println("check bytes:", len(poem) == c.Bytes, "runes:", utf8.RuneCountInString(poem) == c.Runes)

	lines := readLines(poem)
	for _, n := range []int{0, 2, 10} {
		fmt.Printf("== head -n %d ==\n", n)
		for i, l := range head(lines, n) {
			fmt.Printf("%2d: %q\n", i+1, l)
		}
		fmt.Printf("== tail -n %d ==\n", n)
		for _, l := range tail(lines, n) {
			fmt.Printf("    %q\n", l)
		}
	}
}
