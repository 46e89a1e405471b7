// Go by Example: Regular Expressions
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	// This tests whether a pattern matches a string.
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)

	// For other regexp tasks, Compile an optimized Regexp struct.
	r, _ := regexp.Compile("p([a-z]+)ch")

	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))

	// The Submatch variants include information about both the
	// whole-pattern matches and the submatches within those.
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))

	// The All variants apply to all matches in the input.
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))

	// We can also provide []byte arguments.
	fmt.Println(r.Match([]byte("peach")))

	// MustCompile panics instead of returning an error.
	r = regexp.MustCompile("p([a-z]+)ch")
	fmt.Println("regexp:", r)

	// Replacement, literal and via a function.
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	in := []byte("a peach")
	out := r.ReplaceAllFunc(in, bytes.ToUpper)
	fmt.Println(string(out))

	// Named groups and template expansion.
	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	fmt.Println(date.ReplaceAllString("due 2024-03-15 and 2025-12-01", "${day}/${month}/${year}"))
	m := date.FindStringSubmatch("released 2009-11-10")
	for i, name := range date.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println(date.SubexpIndex("month"), date.NumSubexp())

	// Flags, anchors and splitting.
	ci := regexp.MustCompile(`(?i)^go(lang)?$`)
	for _, s := range []string{"Go", "GOLANG", "gopher"} {
		fmt.Print(ci.MatchString(s), " ")
	}
	fmt.Println()
	sep := regexp.MustCompile(`\s*[,;]\s*`)
	fmt.Printf("%q\n", sep.Split("a , b;c ;  d", -1))

	multi := regexp.MustCompile(`(?m)^([\w-]+):\s*(.*)$`)
	headers := "Host: example.org\nAccept: */*\nX-Empty:"
	for _, sm := range multi.FindAllStringSubmatch(headers, -1) {
		fmt.Printf("[%s|%s] ", sm[1], sm[2])
	}
	fmt.Println()

	// Compile reports syntax errors.
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"), strings.Count("cheese", "e"))
}
