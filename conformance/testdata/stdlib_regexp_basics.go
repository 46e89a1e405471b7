package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	wordRe  = regexp.MustCompile(`\b[A-Za-z]+\b`)
	numRe   = regexp.MustCompile(`-?\d+(\.\d+)?`)
	emailRe = regexp.MustCompile(`(?P<user>[\w.]+)@(?P<domain>[\w]+\.[a-z]{2,})`)
	dateRe  = regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
)

func main() {
	text := "In 2024 we sold 15 apples at 0.75 each, and -3 were returned."
	fmt.Printf("%q\n", wordRe.FindAllString(text, 5))
	fmt.Printf("%q\n", numRe.FindAllString(text, -1))
	fmt.Println("first number:", numRe.FindString(text), "at", numRe.FindStringIndex(text))
	fmt.Println("matches 'apples'?", regexp.MustCompile(`apples?`).MatchString(text))

	doubled := numRe.ReplaceAllStringFunc(text, func(s string) string {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return s
		}
		return strconv.FormatFloat(f*2, 'g', -1, 64)
	})
	fmt.Println(doubled)
	fmt.Println(wordRe.ReplaceAllStringFunc("make these words shout", strings.ToUpper))

	contacts := "alice@example.com, bob.smith@mail.org; not-an-email@; carol@site.io"
	for _, m := range emailRe.FindAllStringSubmatch(contacts, -1) {
		fmt.Printf("full=%q user=%q domain=%q\n", m[0], m[1], m[2])
	}
	fmt.Println("names:", emailRe.SubexpNames(), "count:", emailRe.NumSubexp())
	m := emailRe.FindStringSubmatch("contact: dave@corp.net")
	fmt.Println("domain by name:", m[emailRe.SubexpIndex("domain")])

	fmt.Println(dateRe.ReplaceAllString("due 2024-03-15, paid 2024-04-01", "$3/$2/$1"))
	fmt.Println(dateRe.ReplaceAllString("2024-03-15", "${1}y"))
	fmt.Println(dateRe.ReplaceAllLiteralString("2024-03-15", "$1"))
	idx := dateRe.FindAllStringSubmatchIndex("a 2020-01-02 b", -1)
	fmt.Println("submatch indexes:", idx)

	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ,d", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))

	_, err := regexp.Compile(`a(b`)
	fmt.Println("compile error:", err)

	re := regexp.MustCompile(`(?i)go(lang)?`)
	fmt.Printf("%q\n", re.FindAllString("Go, GOLANG, golang, gopher, ago", -1))
	fmt.Println(re.String())
	fmt.Println(regexp.MustCompile(`hello\s+world`).LiteralPrefix())

	greedy := regexp.MustCompile(`<.+>`)
	lazy := regexp.MustCompile(`<.+?>`)
	html := "<b>bold</b><i>it</i>"
	fmt.Printf("greedy=%q lazy=%q\n", greedy.FindString(html), lazy.FindAllString(html, -1))
}
