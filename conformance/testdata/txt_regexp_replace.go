package main

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

var (
	emailRE  = regexp.MustCompile(`([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})`)
	cardRE   = regexp.MustCompile(`\b(?:\d{4}[ -]?){3}(\d{4})\b`)
	spaceRE  = regexp.MustCompile(`[ \t]+`)
	snakeRE  = regexp.MustCompile(`_([a-z0-9])`)
	tagRE    = regexp.MustCompile(`#(\w+)`)
	numberRE = regexp.MustCompile(`-?\d+(\.\d+)?`)
	wordRE   = regexp.MustCompile(`(?i)\b(go|rust)\b`)
)

func maskEmail(s string) string {
	return emailRE.ReplaceAllStringFunc(s, func(m string) string {
		parts := emailRE.FindStringSubmatch(m)
		user := parts[1]
		return user[:1] + strings.Repeat("*", len(user)-1) + "@" + parts[2]
	})
}

func snakeToCamel(s string) string {
	return snakeRE.ReplaceAllStringFunc(s, func(m string) string {
		return strings.ToUpper(m[1:])
	})
}

func main() {
	text := "Contact alice.smith@example.com or  bob@mail.example.org\tfor help.\n" +
		"Card 4111 1111 1111 1234 and 5500-0000-0000-0004 on file. #billing #urgent"

	fmt.Println("== original ==")
	fmt.Println(text)

	step1 := maskEmail(text)
	step2 := cardRE.ReplaceAllString(step1, "**** **** **** $1")
	step3 := spaceRE.ReplaceAllString(step2, " ")
	fmt.Println("== redacted ==")
	fmt.Println(step3)

	fmt.Println("== hashtags ==")
	for _, m := range tagRE.FindAllStringSubmatchIndex(text, -1) {
		fmt.Printf("  %q at [%d:%d]\n", text[m[2]:m[3]], m[0], m[1])
	}

	fmt.Println("== snake to camel ==")
	for _, id := range []string{"user_id", "http_status_code", "x_2_y", "already"} {
		fmt.Printf("  %-18s -> %s\n", id, snakeToCamel(id))
	}

	fmt.Println("== double numbers ==")
	prices := "apples 3, pears 2.5, debt -4, total 1.25"
	doubled := numberRE.ReplaceAllStringFunc(prices, func(m string) string {
		var f float64
		fmt.Sscan(m, &f)
		return fmt.Sprint(f * 2)
	})
	fmt.Println(" ", doubled)

	fmt.Println("== case-insensitive highlight ==")
	s := "Go or GO or rust? Rusty gopher goes go."
	fmt.Println(" ", wordRE.ReplaceAllStringFunc(s, func(m string) string {
		return "<" + strings.ToUpper(m) + ">"
	}))
	fmt.Println("  count:", len(wordRE.FindAllString(s, -1)))

	fmt.Println("== literal vs expand ==")
	re := regexp.MustCompile(`(\w+)=(\w+)`)
	kv := "a=1 b=2 c=3"
	fmt.Println(" ", re.ReplaceAllString(kv, "$2=$1"))
	fmt.Println(" ", re.ReplaceAllLiteralString(kv, "$2=$1"))
	fmt.Println(" ", re.ReplaceAllString(kv, "${1}_x"))

	fmt.Println("== split ==")
	parts := regexp.MustCompile(`\s*[,;|]\s*`).Split("red , green;blue|  yellow", -1)
	fmt.Printf("  %q\n", parts)

	caps := strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return r
		}
		return -1
	}, text)
	fmt.Println("== capitals only ==", caps)
}
