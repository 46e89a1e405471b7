package main

import (
	"bufio"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

const config = `; global settings
name = demo app
debug=true

[database]
host = localhost
port = 5432
# a comment
user = "admin"

[server]
listen = :8080
timeout = 30s
[server]
timeout = 45s

[broken
key without equals
`

type Config map[string]map[string]string

var ErrNoSection = errors.New("no such section")

type SyntaxError struct {
	Line int
	Text string
}

func (e SyntaxError) Error() string {
	return fmt.Sprintf("syntax error on line %d: %q", e.Line, e.Text)
}

func parseINI(src string) (Config, []error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	for lineNo := 1; sc.Scan(); lineNo++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if cfg[section] == nil {
				cfg[section] = make(map[string]string)
			}
		default:
			key, value, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, SyntaxError{lineNo, line})
				continue
			}
			value = strings.Trim(strings.TrimSpace(value), `"`)
			cfg[section][strings.TrimSpace(key)] = value
		}
	}
	return cfg, errs
}

func (c Config) Get(section, key string) (string, error) {
	sec, ok := c[section]
	if !ok {
		return "", fmt.Errorf("section %q: %w", section, ErrNoSection)
	}
	v, ok := sec[key]
	if !ok {
		return "", fmt.Errorf("key %q not found in section %q", key, section)
	}
	return v, nil
}

func main() {
	cfg, errs := parseINI(config)
	for _, err := range errs {
		var se SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("warning (line %d): %v\n", se.Line, err)
		}
	}
	for _, sec := range slices.Sorted(maps.Keys(cfg)) {
		fmt.Printf("[%s]\n", sec)
		for _, k := range slices.Sorted(maps.Keys(cfg[sec])) {
			fmt.Printf("  %-8s = %q\n", k, cfg[sec][k])
		}
	}
	fmt.Println(cfg["server"])
	for _, q := range [][2]string{{"database", "port"}, {"server", "user"}, {"cache", "size"}} {
		v, err := cfg.Get(q[0], q[1])
		fmt.Printf("%s.%s -> %q err=%v missing-section=%t\n", q[0], q[1], v, err, errors.Is(err, ErrNoSection))
	}
}
