package main

import (
	"bufio"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

const sampleLog = `2024-03-01T10:00:01Z INFO  server started on :8080
2024-03-01T10:00:02Z DEBUG loading config from /etc/app.yaml
2024-03-01T10:00:05Z WARN  cache miss ratio high: 0.42
2024-03-01T10:01:00Z INFO  request id=abc123 path=/api/users status=200
2024-03-01T10:01:03Z ERROR request id=abc124 path=/api/orders status=500
this line is garbage and should be skipped
2024-03-01T10:02:10Z INFO  request id=abc125 path=/api/users status=200
2024-03-01T10:02:11Z ERROR db timeout after 3 retries
2024-03-01T10:03:00Z WARN  slow query took 1.2s
2024-03-01T10:04:00Z INFO  shutting down`

type Entry struct {
	Timestamp string
	Level     string
	Message   string
}

func (e Entry) String() string {
	return fmt.Sprintf("[%s] %s: %s", e.Level, e.Timestamp[11:19], e.Message)
}

var lineRE = regexp.MustCompile(`^(\S+)\s+(DEBUG|INFO|WARN|ERROR)\s+(.*)$`)

func parse(text string) ([]Entry, int) {
	var entries []Entry
	skipped := 0
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			skipped++
			continue
		}
		entries = append(entries, Entry{Timestamp: m[1], Level: m[2], Message: strings.TrimSpace(m[3])})
	}
	return entries, skipped
}

func main() {
	entries, skipped := parse(sampleLog)
	fmt.Printf("parsed %d entries, skipped %d\n", len(entries), skipped)

	counts := map[string]int{}
	for _, e := range entries {
		counts[e.Level]++
	}
	levels := make([]string, 0, len(counts))
	for lvl := range counts {
		levels = append(levels, lvl)
	}
	slices.Sort(levels)
	for _, lvl := range levels {
		fmt.Printf("%-6s %d\n", lvl, counts[lvl])
	}

	fmt.Println("errors and warnings:")
	for _, e := range entries {
		if e.Level == "ERROR" || e.Level == "WARN" {
			fmt.Println(" ", e)
		}
	}

	kvRE := regexp.MustCompile(`(\w+)=(\S+)`)
	paths := map[string][]string{}
	for _, e := range entries {
		fields := map[string]string{}
		for _, kv := range kvRE.FindAllStringSubmatch(e.Message, -1) {
			fields[kv[1]] = kv[2]
		}
		if p, ok := fields["path"]; ok {
			paths[p] = append(paths[p], fields["status"])
		}
	}
	keys := slices.Sorted(maps.Keys(paths))
	for _, k := range keys {
		fmt.Printf("%s -> %v\n", k, paths[k])
	}
}
