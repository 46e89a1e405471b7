package main

import (
	"bufio"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const iniText = `
; global settings
name = demo-service
debug = true

[database]
host = db.internal
port = 5432
max_conns = 20

[cache]
# in seconds
ttl = 300
enabled = yes

[broken]
this line has no equals sign
`

type ParseError struct {
	Line int
	Text string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text)
}

type Config map[string]map[string]string

func ParseINI(src string) (Config, error) {
	cfg := Config{"": {}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "", strings.HasPrefix(line, ";"), strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.TrimSpace(line[1 : len(line)-1])
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
		default:
			key, val, ok := strings.Cut(line, "=")
			if !ok {
				return cfg, &ParseError{Line: lineNo, Text: line}
			}
			cfg[section][strings.TrimSpace(key)] = strings.TrimSpace(val)
		}
	}
	return cfg, nil
}

func (c Config) Int(section, key string, def int) int {
	v, ok := c[section][key]
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def
	}
	return n
}

func (c Config) Bool(section, key string) bool {
	switch strings.ToLower(c[section][key]) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

func main() {
	cfg, err := ParseINI(iniText)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("warning:", pe)
		fmt.Println("failing line number:", pe.Line)
	}

	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	slices.Sort(sections)
	for _, s := range sections {
		label := s
		if label == "" {
			label = "(global)"
		}
		fmt.Printf("[%s]\n", label)
		keys := make([]string, 0, len(cfg[s]))
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Printf("  %s = %q\n", k, cfg[s][k])
		}
	}

	fmt.Println("db port:", cfg.Int("database", "port", 3306))
	fmt.Println("db timeout (default):", cfg.Int("database", "timeout", 30))
	fmt.Println("cache enabled:", cfg.Bool("cache", "enabled"))
	fmt.Println("debug:", cfg.Bool("", "debug"))
}
