package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	s := "Grüße, Go!"
	b := []byte(s)
	r := []rune(s)
	fmt.Println("len string:", len(s), "bytes:", len(b), "runes:", len(r))
	fmt.Println("bytes:", b)
	fmt.Println("runes:", r)

	// modifying the byte slice does not affect the string
	b[0] = 'g'
	fmt.Println(s, "|", string(b))

	// rune slice edits are character-aware
	r[2] = 'u'
	fmt.Println(string(r))

	// conversions from integer types
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	fmt.Println(strconv.Itoa(65), strconv.Quote("tab\there"), strconv.QuoteToASCII("é"))
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	f, _ := strconv.ParseFloat("2.5e3", 64)
	bo, _ := strconv.ParseBool("true")
	fmt.Println(f, bo, strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))

	// byte and rune literals
	var by byte = 'A'
	var ru rune = 'ß'
	fmt.Println(by, ru, string(by), string(ru), by+1, ru+1)

	// strings.Builder
	var sb strings.Builder
	for i := range 5 {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%d^2=%d", i, i*i)
	}
	sb.WriteByte(';')
	sb.WriteRune('✓')
	fmt.Println(sb.String())
	fmt.Println("builder len:", sb.Len())

	// building with case transformations
	var up strings.Builder
	for _, c := range "hello world" {
		if c == ' ' {
			up.WriteRune('_')
			continue
		}
		up.WriteRune(unicode.ToUpper(c))
	}
	fmt.Println(up.String())

	// strings functions
	fmt.Println(strings.Fields("  a  b c "), strings.Split("a,b,,c", ","))
	fmt.Println(strings.Contains(s, "ß"), strings.Index(s, "ß"), strings.IndexRune(s, 'G'))
	fmt.Println(strings.ToUpper(s), strings.HasPrefix(s, "Grü"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return r
	}, s))
	fmt.Printf("%q\n", strings.SplitN("k=v=w", "=", 2))
	fmt.Println(strings.TrimLeft("xxabcxx", "x"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.Count("cheese", "e"))
}
