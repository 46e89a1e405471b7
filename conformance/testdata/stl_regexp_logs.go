package main

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

const logs = `2024-05-01 12:00:01 INFO user=alice action=login ip=10.0.0.5
2024-05-01 12:03:17 WARN user=bob action=upload size=1048576 file="report final.pdf"
2024-05-01 12:05:42 ERROR user=alice action=delete err="permission denied"
2024-05-02 08:15:00 INFO user=carol action=login ip=192.168.1.20
not a log line
2024-05-02 09:00:00 DEBUG user=bob action=logout
`

var (
	lineRE  = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+) (?P<rest>.*)$`)
	kvRE    = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
	emailRE = regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.]+`)
	dateRE  = regexp.MustCompile(`(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})`)
)

func main() {
	levels := map[string]int{}
	for line := range strings.Lines(logs) {
		line = strings.TrimSuffix(line, "\n")
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("skip: %q\n", line)
			continue
		}
		level := m[lineRE.SubexpIndex("level")]
		levels[level]++
		var parts []string
		for _, f := range kvRE.FindAllStringSubmatch(m[lineRE.SubexpIndex("rest")], -1) {
			parts = append(parts, f[1]+"="+strings.Trim(f[2], `"`))
		}
		fmt.Printf("%s %-5s %s\n", m[1], level, strings.Join(parts, " | "))
	}
	fmt.Println("levels:", levels)
	fmt.Println("group names:", lineRE.SubexpNames()[1:], "count:", lineRE.NumSubexp())

	text := "Contact alice@example.com or Bob.Smith+news@mail.example.org; not: foo@bar"
	fmt.Println("emails:", emailRE.FindAllString(text, -1))
	masked := emailRE.ReplaceAllStringFunc(text, func(s string) string {
		at := strings.IndexByte(s, '@')
		return s[:1] + strings.Repeat("*", at-1) + s[at:]
	})
	fmt.Println("masked:", masked)

	span := "from 2024-05-01 to 2024-06-30"
	fmt.Println("reformat:", dateRE.ReplaceAllString(span, "$3/$2/$1"))
	fmt.Println("named:", dateRE.ReplaceAllString(span, "${d}.${m}.${y}"))
	fmt.Println("literal:", dateRE.ReplaceAllLiteralString(span, "$1"))
	fmt.Println("indexes:", dateRE.FindAllStringIndex(span, -1))
	for _, sm := range dateRE.FindAllStringSubmatch(span, -1) {
		fmt.Printf("  submatch full=%s y=%s m=%s d=%s\n", sm[0], sm[1], sm[2], sm[3])
	}

	numRE := regexp.MustCompile(`\d+`)
	doubled := numRE.ReplaceAllStringFunc("3 apples and 12 pears cost 150 cents", func(s string) string {
		n, _ := strconv.Atoi(s)
		return strconv.Itoa(n * 2)
	})
	fmt.Println("doubled:", doubled)

	camel := regexp.MustCompile(`([a-z0-9])([A-Z])`)
	acronym := regexp.MustCompile(`([A-Z]+)([A-Z][a-z])`)
	for _, s := range []string{"userID", "parseHTTPRequest", "simple", "XMLHttpRequest2Go"} {
		snake := camel.ReplaceAllString(acronym.ReplaceAllString(s, "${1}_${2}"), "${1}_${2}")
		fmt.Printf("snake(%s) = %s\n", s, strings.ToLower(snake))
	}

	validators := map[string]*regexp.Regexp{
		"hex color": regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}){1,2}$`),
		"semver":    regexp.MustCompile(`^v?\d+\.\d+\.\d+(-[\w.]+)?$`),
		"zip":       regexp.MustCompile(`^\d{5}(-\d{4})?$`),
	}
	samples := []string{"#fff", "#12abEF", "#abcd", "v1.2.3", "1.2.3-rc.1", "1.2", "12345", "12345-6789", "1234"}
	for _, name := range slices.Sorted(maps.Keys(validators)) {
		var ok []string
		for _, s := range samples {
			if validators[name].MatchString(s) {
				ok = append(ok, s)
			}
		}
		fmt.Printf("%-9s accepts %v\n", name, ok)
	}

	splitter := regexp.MustCompile(`\s*[,;]\s*`)
	fmt.Printf("split: %q\n", splitter.Split("a , b;c ;  d,e", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println("compile error:", err)

	lazy := regexp.MustCompile(`a+?`)
	greedy := regexp.MustCompile(`a+?`)
	greedy.Longest()
	fmt.Println("leftmost-first:", lazy.FindString("aaa"), "leftmost-longest:", greedy.FindString("aaa"))
	fmt.Println("quote meta:", regexp.QuoteMeta("1+1=2? [yes]"))
	fmt.Println("literal prefix:", func() string { p, complete := dateRE.LiteralPrefix(); return fmt.Sprint(p == "", complete) }())
}
