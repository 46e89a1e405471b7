package main

import (
	"bufio"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type SyntaxError struct {
	Line int
	Text string
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d: %s: %q", e.Line, e.Msg, e.Text)
}

type Config map[string]map[string]string

func Parse(src string) (Config, error) {
	cfg := Config{}
	section := "default"
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &SyntaxError{n, line, "unterminated section"})
				continue
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
		default:
			key, val, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &SyntaxError{n, line, "expected key = value"})
				continue
			}
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
			cfg[section][strings.TrimSpace(key)] = strings.Trim(strings.TrimSpace(val), `"`)
		}
	}
	return cfg, errors.Join(errs...)
}

func (c Config) Int(section, key string, def int) int {
	if v, ok := c[section][key]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func (c Config) Bool(section, key string) bool {
	b, _ := strconv.ParseBool(c[section][key])
	return b
}

const sample = `
# course settings
name = "Intro to Go"
[quiz]
questions = 12
time_limit = 30   ; minutes
shuffle = true
[grading
pass_mark = 60
curve
[grading]
pass_mark = 65
late_penalty = ten
`

func main() {
	cfg, err := Parse(sample)
	if err != nil {
		fmt.Println("parse problems:")
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("  -", line)
		}
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("first error is on line %d\n", se.Line)
		}
	}
	for _, sec := range slices.Sorted(maps.Keys(cfg)) {
		fmt.Printf("[%s]\n", sec)
		for _, k := range slices.Sorted(maps.Keys(cfg[sec])) {
			fmt.Printf("  %-12s = %q\n", k, cfg[sec][k])
		}
	}
	fmt.Println("questions:", cfg.Int("quiz", "questions", 10))
	fmt.Println("time limit:", cfg.Int("quiz", "time_limit", 0))
	fmt.Println("late penalty:", cfg.Int("grading", "late_penalty", 5), "(default used)")
	fmt.Println("shuffle:", cfg.Bool("quiz", "shuffle"), "missing:", cfg.Bool("quiz", "nope"))
	fmt.Printf("%T with %d sections\n", cfg, len(cfg))
}
