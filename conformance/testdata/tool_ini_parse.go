// Command tool_ini_parse parses an INI-style configuration held in a string,
// supports typed lookups, and reports syntax errors with line numbers.
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

// SyntaxError carries the offending line.
type SyntaxError struct {
	Line int
	Text string
	Msg  string
}

func (e SyntaxError) Error() string {
	return fmt.Sprintf("line %d: %s: %q", e.Line, e.Msg, e.Text)
}

var ErrNotFound = errors.New("key not found")

// Config maps "section.key" to raw string values.
type Config map[string]string

func Parse(src string) (Config, error) {
	cfg := Config{}
	section := "default"
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "", line[0] == '#', line[0] == ';':
			continue
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				return nil, SyntaxError{n, line, "unterminated section"}
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return nil, SyntaxError{n, line, "expected key = value"}
		}
		value = strings.Trim(strings.TrimSpace(value), `"`)
		cfg[section+"."+strings.TrimSpace(key)] = value
	}
	return cfg, nil
}

func (c Config) Get(key string) (string, error) {
	v, ok := c[key]
	if !ok {
		return "", fmt.Errorf("%s: %w", key, ErrNotFound)
	}
	return v, nil
}

func (c Config) Int(key string) (int, error) {
	s, err := c.Get(key)
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(s)
}

const good = `; sample configuration
name = demo
[server]
host = "0.0.0.0"
port = 8080
debug = true

[database]
# connection settings
url     = postgres://db:5432/app
pool    = 10
timeout = 2.5s
`

func main() {
	cfg, err := Parse(good)
	if err != nil {
		fmt.Println("unexpected:", err)
		return
	}
	for _, k := range slices.Sorted(maps.Keys(cfg)) {
		fmt.Printf("%-18s = %q\n", k, cfg[k])
	}
	port, err := cfg.Int("server.port")
	fmt.Printf("port+1 = %d, err = %v\n", port+1, err)
	if _, err := cfg.Int("database.timeout"); err != nil {
		var ne *strconv.NumError
		fmt.Printf("timeout not an int: %t (%v)\n", errors.As(err, &ne), err)
	}
	if _, err := cfg.Get("cache.size"); errors.Is(err, ErrNotFound) {
		fmt.Println("missing:", err)
	}

	for _, bad := range []string{"[server\nport=1", "a = 1\njust some words", "[ok]\nx=1\n"} {
		_, err := Parse(bad)
		var se SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("syntax error on line %d: %s (%v)\n", se.Line, se.Msg, err)
		} else {
			fmt.Printf("parsed %q fine\n", bad)
		}
	}
}
