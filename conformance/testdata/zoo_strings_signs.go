package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == ' ' || r == '-':
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

func main() {
	signs := []string{
		"african  elephant",
		"red-tailed hawk!",
		"  snow leopard  ",
		"Komodo Dragon (adult)",
	}
	for _, s := range signs {
		fmt.Printf("%-24q title=%-24q slug=%q\n", s, title(s), slug(s))
	}

	line := "penguin;4;true;0.85"
	parts := strings.Split(line, ";")
	count, err1 := strconv.Atoi(parts[1])
	fed, err2 := strconv.ParseBool(parts[2])
	ratio, err3 := strconv.ParseFloat(parts[3], 64)
	fmt.Println("parsed:", parts[0], count, fed, ratio, err1, err2, err3)

	_, err := strconv.Atoi("twelve")
	fmt.Println("bad number:", err)
	n, err := strconv.ParseInt("ff", 16, 32)
	fmt.Println("hex tag ff =", n, err)
	fmt.Println("binary of 42:", strconv.FormatInt(42, 2))
	fmt.Println("quoted:", strconv.Quote("tiger \"Raja\"\n"))

	banner := strings.Repeat("=", 20)
	fmt.Println(banner)
	fmt.Println(strings.ToUpper("welcome to the zoo"))
	fmt.Println(banner)

	desc := "The okapi is a relative of the giraffe. The okapi lives in forests."
	fmt.Println("count 'okapi':", strings.Count(desc, "okapi"))
	fmt.Println("index of giraffe:", strings.Index(desc, "giraffe"))
	fmt.Println("replaced:", strings.Replace(desc, "okapi", "OKAPI", 1))
	before, after, found := strings.Cut("enclosure=B7", "=")
	fmt.Println("cut:", before, after, found)
	fmt.Println("has suffix:", strings.HasSuffix("parrot.jpg", ".jpg"))
	fmt.Println("fields:", len(strings.Fields("  three   toed  sloth ")))
	fmt.Println("map:", strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return r
	}, "giant anteater"))
	for i := range 3 {
		fmt.Print(strconv.Itoa(i*10), " ")
	}
	fmt.Println()
}
