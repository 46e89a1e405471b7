package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const config = `# server settings
host = example.internal
port = 8080

timeout=30
   tags = web, api ,internal
debug = false
`

const csvData = "name;score;team\nada;91;red\nbob;78;blue\ncyd;85;red\ndee;66;blue\neli;99;green"

func parseConfig(text string) map[string]string {
	out := map[string]string{}
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		out[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return out
}

func main() {
	cfg := parseConfig(config)
	for _, k := range slices.Sorted(maps.Keys(cfg)) {
		fmt.Printf("%-8s= %q\n", k, cfg[k])
	}
	var tags []string
	for t := range strings.SplitSeq(cfg["tags"], ",") {
		tags = append(tags, strings.TrimSpace(t))
	}
	fmt.Println("tags:", tags, len(tags))
	port, err := strconv.Atoi(cfg["port"])
	fmt.Println("port+1:", port+1, err)

	n := 0
	for range strings.Lines(config) {
		n++
	}
	fmt.Println("raw line count:", n)

	teamTotals := map[string][]int{}
	first := true
	for row := range strings.SplitSeq(csvData, "\n") {
		if first {
			first = false
			continue
		}
		fields := strings.Split(row, ";")
		score, _ := strconv.Atoi(fields[1])
		teamTotals[fields[2]] = append(teamTotals[fields[2]], score)
	}
	for _, team := range slices.Sorted(maps.Keys(teamTotals)) {
		scores := teamTotals[team]
		sum := 0
		for _, s := range scores {
			sum += s
		}
		fmt.Printf("team %-5s n=%d avg=%.1f max=%d\n", team, len(scores), float64(sum)/float64(len(scores)), slices.Max(scores))
	}

	sentence := "  the   quick\tbrown \n fox  jumps  "
	var words []string
	for w := range strings.FieldsSeq(sentence) {
		words = append(words, strings.ToUpper(w[:1])+w[1:])
	}
	fmt.Printf("%q\n", strings.Join(words, " "))

	isSep := func(r rune) bool { return r == '-' || r == '_' || r == '.' }
	for part := range strings.FieldsFuncSeq("my-file_name.v2..final", isSep) {
		fmt.Print("[", part, "]")
	}
	fmt.Println()

	for chunk := range strings.SplitAfterSeq("a,b,,c", ",") {
		fmt.Printf("%q ", chunk)
	}
	fmt.Println()

	for line := range strings.Lines("no trailing newline\nsecond") {
		fmt.Printf("line %q ends with newline: %v\n", line, strings.HasSuffix(line, "\n"))
	}
}
