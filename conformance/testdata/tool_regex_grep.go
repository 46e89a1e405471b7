// Command tool_regex_grep is a miniature grep using package regexp,
// with -i, -v, -n, -c, -o and -w options applied to a built-in log.
package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

const logText = `2024-01-05 INFO  server started on :8080
2024-01-05 WARN  disk usage at 81%
2024-01-05 ERROR failed to open /var/db/users.db: permission denied
2024-01-06 INFO  user alice logged in from 10.0.0.7
2024-01-06 info  cache warmed (342 entries)
2024-01-06 ERROR timeout after 30s talking to 10.0.0.9
2024-01-07 INFO  user bob logged in from 192.168.1.20
2024-01-07 DEBUG gc pause 1.3ms
`

// Grep holds the options of one invocation.
type Grep struct {
	Pattern    string
	IgnoreCase bool
	Invert     bool
	LineNum    bool
	CountOnly  bool
	OnlyMatch  bool
	Word       bool
}

func (g Grep) compile() (*regexp.Regexp, error) {
	p := g.Pattern
	if g.Word {
		p = `\b(?:` + p + `)\b`
	}
	if g.IgnoreCase {
		p = "(?i)" + p
	}
	return regexp.Compile(p)
}

// Run returns output lines, or an error for a bad pattern.
func (g Grep) Run(text string) ([]string, error) {
	re, err := g.compile()
	if err != nil {
		return nil, err
	}
	var out []string
	count := 0
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if re.MatchString(line) == g.Invert {
			continue
		}
		count++
		if g.CountOnly {
			continue
		}
		prefix := ""
		if g.LineNum {
			prefix = fmt.Sprintf("%d:", n)
		}
		if g.OnlyMatch {
			for _, m := range re.FindAllString(line, -1) {
				out = append(out, prefix+m)
			}
			continue
		}
		out = append(out, prefix+line)
	}
	if g.CountOnly {
		out = append(out, fmt.Sprint(count))
	}
	return out, nil
}

func main() {
	cmds := []Grep{
		{Pattern: "ERROR", LineNum: true},
		{Pattern: "info", IgnoreCase: true, CountOnly: true},
		{Pattern: `\d+\.\d+\.\d+\.\d+`, OnlyMatch: true, LineNum: true},
		{Pattern: "INFO|DEBUG", Invert: true},
		{Pattern: "user", Word: true, OnlyMatch: true},
		{Pattern: `logged in from (\S+`},
		{Pattern: `\d+(ms|s)\b`, OnlyMatch: true},
	}
	for _, g := range cmds {
		fmt.Printf("grep %+v\n", g)
		lines, err := g.Run(logText)
		if err != nil {
			fmt.Printf("  error: %v\n", err)
			continue
		}
		for _, l := range lines {
			fmt.Printf("  %s\n", l)
		}
	}
	re := regexp.MustCompile(`user (?P<name>\w+) logged in from (?P<ip>[\d.]+)`)
	for _, m := range re.FindAllStringSubmatch(logText, -1) {
		fmt.Printf("named groups: %s=%q %s=%q\n", re.SubexpNames()[1], m[1], re.SubexpNames()[2], m[2])
	}
}
