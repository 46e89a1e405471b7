package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

const logs = `2024-03-01 10:15:02 INFO  [auth] user=alice action=login ms=12
2024-03-01 10:15:07 WARN  [db] slow query ms=1530
2024-03-01 10:16:00 ERROR [auth] user=bob action=login reason="bad password" ms=3
garbage line here
2024-03-01 10:17:44 INFO  [api] path=/items status=200 ms=48
2024-03-01 10:18:01 DEBUG [api] path=/health status=200 ms=1
2024-03-01 10:19:30 ERROR [db] connection reset ms=0`

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = map[string]Level{"DEBUG": Debug, "INFO": Info, "WARN": Warn, "ERROR": Error}

func (l Level) String() string {
	for name, v := range levelNames {
		if v == l {
			return name
		}
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

type Entry struct {
	Date, Time string
	Level      Level
	Component  string
	Message    string
	Fields     map[string]string
}

var (
	lineRe  = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (\w+)\s+\[(\w+)\] (.*)$`)
	fieldRe = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
	ErrFmt  = errors.New("malformed log line")
)

func parse(line string) (Entry, error) {
	m := lineRe.FindStringSubmatch(line)
	if m == nil {
		return Entry{}, fmt.Errorf("%w: %q", ErrFmt, line)
	}
	e := Entry{Date: m[1], Time: m[2], Level: levelNames[m[3]], Component: m[4], Fields: map[string]string{}}
	for _, f := range fieldRe.FindAllStringSubmatch(m[5], -1) {
		e.Fields[f[1]] = strings.Trim(f[2], `"`)
	}
	e.Message = strings.TrimSpace(fieldRe.ReplaceAllString(m[5], ""))
	return e, nil
}

func main() {
	var entries []Entry
	for line := range strings.Lines(logs) {
		e, err := parse(strings.TrimSpace(line))
		if errors.Is(err, ErrFmt) {
			fmt.Println("skip:", err)
			continue
		}
		entries = append(entries, e)
	}
	byLevel := map[Level]int{}
	msByComp := map[string]int{}
	for _, e := range entries {
		byLevel[e.Level]++
		ms, _ := strconv.Atoi(e.Fields["ms"])
		msByComp[e.Component] += ms
		if e.Level >= Warn {
			fmt.Printf("%s %-5v %-6s %q %v\n", e.Time, e.Level, e.Component, e.Message, e.Fields)
		}
	}
	fmt.Println("counts:", byLevel)
	comps := slices.SortedFunc(maps.Keys(msByComp), func(a, b string) int {
		return cmp.Compare(msByComp[b], msByComp[a])
	})
	for _, c := range comps {
		fmt.Printf("  %-5s %5d ms\n", c, msByComp[c])
	}
	fmt.Printf("%+v\n", entries[0])
}
