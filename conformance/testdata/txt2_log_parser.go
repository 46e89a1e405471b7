package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

const logs = `2024-03-01T10:00:01Z INFO  [auth] user=alice action=login ms=12
2024-03-01T10:00:02Z WARN  [db] slow query ms=850 table=orders
2024-03-01T10:00:03Z ERROR [auth] user=bob action=login reason="bad password"
this line is garbage
2024-03-01T10:00:04Z INFO  [api] path=/v1/items status=200 ms=33
2024-03-01T10:00:05Z DEBUG [api] cache hit key=items:42
2024-03-01T10:00:06Z ERROR [db] connection reset ms=5000
2024-03-01T10:00:07Z INFO  [auth] user=carol action=logout`

var lineRe = regexp.MustCompile(`^(?P<ts>\S+)\s+(?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\]\s+(?P<msg>.*)$`)
var kvRe = regexp.MustCompile(`(?P<key>\w+)=(?P<val>"[^"]*"|\S+)`)

type record struct {
	ts, level, comp, msg string
	fields               map[string]string
}

func main() {
	byLevel := map[string][]record{}
	sc := bufio.NewScanner(strings.NewReader(logs))
	n := 0
	for sc.Scan() {
		n++
		m := lineRe.FindStringSubmatch(sc.Text())
		if m == nil {
			fmt.Printf("line %d: unparseable: %q\n", n, sc.Text())
			continue
		}
		rec := record{fields: map[string]string{}}
		for i, name := range lineRe.SubexpNames() {
			switch name {
			case "ts":
				rec.ts = m[i]
			case "level":
				rec.level = m[i]
			case "comp":
				rec.comp = m[i]
			case "msg":
				rec.msg = m[i]
			}
		}
		ki, vi := kvRe.SubexpIndex("key"), kvRe.SubexpIndex("val")
		for _, kv := range kvRe.FindAllStringSubmatch(rec.msg, -1) {
			rec.fields[kv[ki]] = strings.Trim(kv[vi], `"`)
		}
		byLevel[rec.level] = append(byLevel[rec.level], rec)
	}
	levels := make([]string, 0, len(byLevel))
	for l := range byLevel {
		levels = append(levels, l)
	}
	sort.Strings(levels)
	for _, l := range levels {
		fmt.Printf("%s (%d)\n", l, len(byLevel[l]))
		for _, r := range byLevel[l] {
			keys := make([]string, 0, len(r.fields))
			for k := range r.fields {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var parts []string
			for _, k := range keys {
				parts = append(parts, k+"="+r.fields[k])
			}
			fmt.Printf("  %s %-4s {%s}\n", r.ts[11:19], r.comp, strings.Join(parts, ", "))
		}
	}
	total := 0
	for _, recs := range byLevel {
		for _, r := range recs {
			var ms int
			if v, ok := r.fields["ms"]; ok {
				fmt.Sscanf(v, "%d", &ms)
			}
			total += ms
		}
	}
	fmt.Println("total ms:", total)
	u, ok := byLevel["ERROR"][0].fields["user"]
	fmt.Printf("first error user=%q ok=%v\n", u, ok)
	u, ok = byLevel["ERROR"][1].fields["user"]
	fmt.Printf("second error user=%q ok=%v\n", u, ok)
}
