package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const logData = `2024-03-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.5
2024-03-01 12:00:07 WARN  [db] slow query took 1532ms table=orders
2024-03-01 12:01:13 ERROR [auth] user=bob action=login ip=10.0.0.9 reason="bad password"
2024-03-01 12:02:44 INFO  [api] GET /v1/items?id=42 status=200 took 12ms
2024-03-01 12:03:00 ERROR [db] connection reset table=users
2024-03-01 12:03:30 INFO  [api] POST /v1/items status=201 took 48ms
malformed line without structure
2024-03-01 12:04:12 INFO  [auth] user=alice action=logout ip=10.0.0.5`

var lineRE = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<component>\w+)\] (?P<msg>.*)$`)
var kvRE = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
var durRE = regexp.MustCompile(`(\d+)ms`)
var ipRE = regexp.MustCompile(`\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b`)

func main() {
	levels := map[string]int{}
	components := map[string]int{}
	levelIdx := lineRE.SubexpIndex("level")
	compIdx := lineRE.SubexpIndex("component")
	fmt.Println("group names:", strings.Join(lineRE.SubexpNames()[1:], ","))

	for i, line := range strings.Split(logData, "\n") {
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("line %d: no match\n", i+1)
			continue
		}
		levels[m[levelIdx]]++
		components[m[compIdx]]++
		if m[levelIdx] == "ERROR" {
			msg := m[lineRE.SubexpIndex("msg")]
			var kvs []string
			for _, kv := range kvRE.FindAllStringSubmatch(msg, -1) {
				kvs = append(kvs, kv[1]+"->"+strings.Trim(kv[2], `"`))
			}
			fmt.Printf("line %d: error at %s in %s: %s\n", i+1, m[2], m[compIdx], strings.Join(kvs, " | "))
		}
	}

	printCounts("levels", levels)
	printCounts("components", components)

	total := 0
	for _, m := range durRE.FindAllStringSubmatch(logData, -1) {
		n, _ := strconv.Atoi(m[1])
		total += n
	}
	fmt.Println("total ms:", total)
	fmt.Println("durations at:", durRE.FindAllStringIndex(logData, 2))

	masked := ipRE.ReplaceAllString("from 10.0.0.5 to 192.168.1.20", "$1.$2.x.x")
	fmt.Println("masked:", masked)

	upperUsers := regexp.MustCompile(`user=(\w+)`).ReplaceAllStringFunc(
		"user=alice user=bob guest", strings.ToUpper)
	fmt.Println("func replace:", upperUsers)

	doubled := durRE.ReplaceAllStringFunc("took 12ms and 48ms", func(s string) string {
		n, _ := strconv.Atoi(strings.TrimSuffix(s, "ms"))
		return strconv.Itoa(n*2) + "ms"
	})
	fmt.Println("doubled:", doubled)

	template := lineRE.ExpandString(nil, "$level@${component} on $date",
		"2024-03-01 12:00:01 INFO  [auth] x", lineRE.FindStringSubmatchIndex("2024-03-01 12:00:01 INFO  [auth] x"))
	fmt.Println("expanded:", string(template))

	fmt.Println("literal prefix:", regexp.QuoteMeta("a.b*c"), regexp.MustCompile(`^/v1/`).MatchString("/v1/items"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println("compile error:", err)
	fmt.Printf("split: %q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Println("longest:", regexp.MustCompilePOSIX(`a+|a+b`).FindString("aaab"))
}

func printCounts(title string, m map[string]int) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, m[k]))
	}
	fmt.Printf("%s: %s\n", title, strings.Join(parts, " "))
}
