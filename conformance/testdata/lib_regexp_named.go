package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:T(?P<hour>\d{2}))?`)
	fmt.Println("names:", strings.Join(re.SubexpNames(), ","), "num:", re.NumSubexp())
	fmt.Println("month index:", re.SubexpIndex("month"), "missing:", re.SubexpIndex("zzz"))

	text := "released 2023-08-08, patched 2024-02-06T15, planned 2025-13-01"
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		parts := map[string]string{}
		for i, name := range re.SubexpNames() {
			if i > 0 && name != "" {
				parts[name] = m[i]
			}
		}
		fmt.Println(m[0], "=>", parts)
	}

	idx := re.FindStringSubmatchIndex(text)
	fmt.Println("first match indices:", idx)
	tmpl := "$day/$month/$year"
	var out []byte
	for _, sm := range re.FindAllStringSubmatchIndex(text, -1) {
		out = re.ExpandString(out, tmpl, text, sm)
		out = append(out, ' ')
	}
	fmt.Printf("expanded: %q\n", out)

	fmt.Println(re.ReplaceAllString(text, "${day}.${month}.${year}"))
	fmt.Println(re.ReplaceAllLiteralString("on 2020-01-01", "$year"))

	kv := regexp.MustCompile(`(?P<key>\w+)=(?P<val>"[^"]*"|\S+)`)
	for _, m := range kv.FindAllStringSubmatch(`name="Go lang" ver=1.26 ok=true`, -1) {
		fmt.Printf("%s -> %s\n", m[kv.SubexpIndex("key")], m[kv.SubexpIndex("val")])
	}

	_, err := regexp.Compile(`(?P<bad`)
	fmt.Println("compile error:", err)
	fmt.Println("literal prefix:", func() string { p, c := re.LiteralPrefix(); return fmt.Sprint(p, c) }())
	fmt.Println(regexp.MustCompile(`a(x*)b`).ReplaceAllString("-ab-axxb-", "${1}W"))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
}
