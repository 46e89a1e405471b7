package main

import (
	"fmt"
	"strings"
	"unicode"
)

func title(s string) string {
	out := []rune{}
	prevLetter := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if prevLetter {
				out = append(out, unicode.ToLower(r))
			} else {
				out = append(out, unicode.ToUpper(r))
			}
			prevLetter = true
		} else {
			out = append(out, r)
			prevLetter = false
		}
	}
	return string(out)
}

func isDigit(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
}

func main() {
	line := "   hello, WORLD! it's a fine day   "
	fmt.Printf("strip:   %q\n", strings.TrimSpace(line))
	fmt.Printf("lstrip:  %q\n", strings.TrimLeft(line, " "))
	fmt.Printf("rstrip:  %q\n", strings.TrimRight(line, " "))
	fmt.Printf("title:   %q\n", title(strings.TrimSpace(line)))
	fmt.Printf("cap:     %q\n", capitalize("hELLO there"))
	fmt.Printf("upper:   %q\n", strings.ToUpper("abc"))

	csv := "a,b,,c,"
	parts := strings.Split(csv, ",")
	fmt.Printf("split(','): %q len=%d\n", parts, len(parts))
	fmt.Printf("split():    %q\n", strings.Fields("  many   spaces\there\n"))
	fmt.Printf("split(',',1): %q\n", strings.SplitN(csv, ",", 2))
	fmt.Println("join:", strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println("replace:", strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "b"))
	fmt.Println("startswith:", strings.HasPrefix("python", "py"), "endswith:", strings.HasSuffix("python", "on"))
	fmt.Println("find:", strings.Index("banana", "an"), strings.LastIndex("banana", "an"), strings.Index("banana", "x"))
	fmt.Println("count:", strings.Count("banana", "a"), strings.Count("abc", ""))
	fmt.Printf("strip chars: %q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("removeprefix: %q\n", strings.TrimPrefix("test_case", "test_"))
	for _, s := range []string{"123", "12a", "", "٣٤", "-5"} {
		fmt.Printf("%q.isdigit() = %v\n", s, isDigit(s))
	}
	fmt.Printf("center: [%s]\n", center("hi", 8, '*'))
	fmt.Printf("ljust:  [%-8s] rjust: [%8s] zfill: %05d\n", "hi", "hi", 42)
	fmt.Println("repeat:", strings.Repeat("ab", 3))
	fmt.Println("partition:", partition("key=value=x", "="))
	fmt.Println("swapcase:", strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello World"))
}

func center(s string, width int, fill rune) string {
	pad := width - len(s)
	if pad <= 0 {
		return s
	}
	left := pad / 2
	right := pad - left
	return strings.Repeat(string(fill), left) + s + strings.Repeat(string(fill), right)
}

func partition(s, sep string) [3]string {
	before, after, found := strings.Cut(s, sep)
	if !found {
		return [3]string{s, "", ""}
	}
	return [3]string{before, sep, after}
}
