package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Raw struct {
	Seq  int
	Text string
}

type Cleaned struct {
	Seq   int
	Text  string
	Words int
}

func source(items []string) <-chan Raw {
	out := make(chan Raw)
	go func() {
		defer close(out)
		for i, t := range items {
			out <- Raw{Seq: i + 1, Text: t}
		}
	}()
	return out
}

func clean(in <-chan Raw) <-chan Cleaned {
	out := make(chan Cleaned)
	go func() {
		defer close(out)
		for r := range in {
			t := strings.Join(strings.Fields(r.Text), " ")
			t = strings.TrimFunc(t, func(r rune) bool { return unicode.IsPunct(r) && r != '?' })
			out <- Cleaned{Seq: r.Seq, Text: t, Words: len(strings.Fields(t))}
		}
	}()
	return out
}

func dropShort(in <-chan Cleaned, minWords int) (<-chan Cleaned, <-chan int) {
	out := make(chan Cleaned)
	dropped := make(chan int, 1)
	go func() {
		defer close(out)
		n := 0
		for c := range in {
			if c.Words < minWords {
				n++
				continue
			}
			out <- c
		}
		dropped <- n
	}()
	return out, dropped
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func main() {
	wire := []string{
		"  ...police   close   main street for parade!!",
		"ok",
		"sunny   skies expected through friday.",
		"--- is the old mill worth saving?",
		"   ",
		"école reopens after   renovation...",
	}

	kept, dropped := dropShort(clean(source(wire)), 3)
	totalWords := 0
	for c := range kept {
		totalWords += c.Words
		fmt.Printf("%02d [%d] %s\n", c.Seq, c.Words, titleCase(c.Text))
	}
	fmt.Println("dropped:", <-dropped)
	fmt.Println("words kept:", totalWords)

	squares := make(chan int)
	go func() {
		defer close(squares)
		for i := range 5 {
			squares <- i * i
		}
	}()
	var got []int
	for v := range squares {
		got = append(got, v)
	}
	fmt.Println("column widths:", got)
}
