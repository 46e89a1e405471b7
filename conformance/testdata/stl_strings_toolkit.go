package main

import (
	"fmt"
	"strings"
	"unicode"
)

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	t := strings.TrimSpace(s)
	fmt.Printf("trimmed: %q\n", t)
	fmt.Println("upper:", strings.ToUpper(t))
	fmt.Println("lower:", strings.ToLower(t))

	words := strings.Fields(t)
	fmt.Println("word count:", len(words))
	fmt.Println("joined:", strings.Join(words, "-"))
	fmt.Println("contains fox:", strings.Contains(t, "fox"), "contains cat:", strings.Contains(t, "cat"))
	fmt.Println("index of brown:", strings.Index(t, "brown"), "last index of o:", strings.LastIndex(t, "o"))
	fmt.Println("count of o:", strings.Count(t, "o"), "count of empty:", strings.Count("abc", ""))
	fmt.Println("has prefix The:", strings.HasPrefix(t, "The"), "has suffix dog:", strings.HasSuffix(t, "dog"))
	fmt.Println("replace all:", strings.ReplaceAll(strings.ToLower(t), "the", "a"))
	fmt.Println("replace first o:", strings.Replace(t, "o", "0", 1))
	fmt.Println("repeat:", strings.Repeat("ab", 4))
	fmt.Println("equal fold:", strings.EqualFold("GoLang", "golang"))

	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Printf("cut: %q %q %v\n", before, after, found)
	body, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Printf("cut prefix: %q %v\n", body, ok)
	_, _, found = strings.Cut("no separator here", "=")
	fmt.Println("cut without separator found:", found)

	parts := strings.Split("a,b,,c", ",")
	fmt.Printf("split: %q (len %d)\n", parts, len(parts))
	fmt.Printf("splitN: %q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("splitAfter: %q\n", strings.SplitAfter("x.y.z", "."))
	fmt.Printf("fieldsFunc: %q\n", strings.FieldsFunc("one;two, three;;four", func(r rune) bool {
		return r == ';' || r == ',' || r == ' '
	}))

	enc := strings.Map(rot13, "Hello, Gopher!")
	fmt.Println("rot13:", enc, "->", strings.Map(rot13, enc))

	fmt.Printf("trimFunc: %q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("trimLeft: %q trimPrefix: %q\n", strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"))
	fmt.Printf("trimSuffix: %q\n", strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Println("indexAny:", strings.IndexAny("golang", "nl"), "indexFunc:", strings.IndexFunc("abc1", unicode.IsDigit))

	var b strings.Builder
	for i := range 5 {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d^2=%d", i, i*i)
	}
	fmt.Println("builder:", b.String(), "| len", b.Len())

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println("replacer:", r.Replace(`<a href="x">Tom & Jerry</a>`))

	fmt.Println("compare:", strings.Compare("apple", "banana"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println("title case:", titleCase("hello wide world"))
	for part := range strings.SplitSeq("alpha|beta|gamma", "|") {
		fmt.Println("  seq part:", part, len(part))
	}
	for f := range strings.FieldsSeq("  spaced   out\twords ") {
		fmt.Printf("  field %q\n", f)
	}
}
