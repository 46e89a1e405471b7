package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

const logText = `INFO server started on port 8080
debug loading config from /etc/app.conf
WARN disk usage at 91%
info user alice logged in
ERROR failed to open socket: permission denied
info user bob logged in
Error retrying connection (attempt 2)
INFO shutdown requested`

// GrepFlags mirrors a handful of grep's command-line options.
type GrepFlags struct {
	IgnoreCase bool
	Invert     bool
	LineNum    bool
	Count      bool
	Regexp     bool
}

type matcher func(string) bool

func buildMatcher(pattern string, f GrepFlags) (matcher, error) {
	if f.Regexp {
		if f.IgnoreCase {
			pattern = "(?i)" + pattern
		}
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil, fmt.Errorf("grep: bad pattern %q: %w", pattern, err)
		}
		return re.MatchString, nil
	}
	if f.IgnoreCase {
		lp := strings.ToLower(pattern)
		return func(s string) bool { return strings.Contains(strings.ToLower(s), lp) }, nil
	}
	return func(s string) bool { return strings.Contains(s, pattern) }, nil
}

func grep(text, pattern string, f GrepFlags) {
	fmt.Printf("$ grep %+v %q\n", f, pattern)
	match, err := buildMatcher(pattern, f)
	if err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	n, count := 0, 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if match(line) == f.Invert {
			continue
		}
		count++
		if f.Count {
			continue
		}
		if f.LineNum {
			fmt.Printf("%d:%s\n", n, line)
		} else {
			fmt.Println(line)
		}
	}
	if f.Count {
		fmt.Println(count)
	}
}

func main() {
	grep(logText, "info", GrepFlags{})
	grep(logText, "info", GrepFlags{IgnoreCase: true, LineNum: true})
	grep(logText, "info", GrepFlags{IgnoreCase: true, Invert: true, Count: true})
	grep(logText, `^(ERROR|WARN)\b`, GrepFlags{Regexp: true, LineNum: true})
	grep(logText, `^error`, GrepFlags{Regexp: true, IgnoreCase: true})
	grep(logText, `user (\w+`, GrepFlags{Regexp: true})
}
