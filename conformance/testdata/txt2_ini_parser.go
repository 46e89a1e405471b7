package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const config = `
; global settings
name = demo app
debug = true

[server]
host = 127.0.0.1
port = 8080
# comment inside section
timeout = 30s

[database]
user = admin
password = "s3cr=t"
pool = 10

[server]
port = 9090
broken line here
[unterminated
`

type Config map[string]map[string]string

func parse(text string) (Config, []error) {
	cfg := Config{"": {}}
	var errs []error
	section := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == ';' || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, fmt.Errorf("line %d: unterminated section header %q", lineNo, line))
				continue
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg[section]; !ok {
				cfg[section] = map[string]string{}
			}
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("line %d: expected key = value, got %q", lineNo, line))
			continue
		}
		val = strings.TrimSpace(val)
		if len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"' {
			val = val[1 : len(val)-1]
		}
		cfg[section][strings.TrimSpace(key)] = val
	}
	return cfg, errs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	cfg, errs := parse(config)
	for _, sec := range sortedKeys(cfg) {
		label := sec
		if label == "" {
			label = "(global)"
		}
		fmt.Printf("[%s] %d keys\n", label, len(cfg[sec]))
		for _, k := range sortedKeys(cfg[sec]) {
			fmt.Printf("  %s = %q\n", k, cfg[sec][k])
		}
	}
	lookups := [][2]string{{"server", "port"}, {"database", "password"}, {"server", "tls"}, {"cache", "size"}}
	for _, l := range lookups {
		sec, ok := cfg[l[0]]
		v, found := sec[l[1]]
		fmt.Printf("lookup %s.%s: section=%v found=%v value=%q\n", l[0], l[1], ok, found, v)
	}
	for _, e := range errs {
		fmt.Println("error:", e)
	}
}
