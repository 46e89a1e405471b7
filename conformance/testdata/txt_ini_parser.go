package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const input = `
; global settings
name = demo app
debug=true

[server]
host = 127.0.0.1
port = 8080   # inline comment
# full-line comment
timeout = 30s

[database]
user = admin
password = "s3cr;et # not a comment"
port = 5432
this line is broken

[ server ]
port = 9090
motd = "Hello, \"world\""
`

type Config map[string]map[string]string

type Warning struct {
	Line int
	Msg  string
}

func stripComment(v string) string {
	for i, r := range v {
		if r == '#' || r == ';' {
			return strings.TrimSpace(v[:i])
		}
	}
	return v
}

func parse(text string) (Config, []Warning) {
	cfg := Config{"": {}}
	var warns []Warning
	section := ""
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg[section]; !ok {
				cfg[section] = map[string]string{}
			}
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			warns = append(warns, Warning{n, fmt.Sprintf("no '=' in %q", line)})
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		if strings.HasPrefix(val, `"`) {
			if uq, err := strconv.Unquote(val); err == nil {
				val = uq
			} else {
				warns = append(warns, Warning{n, "bad quoted value: " + err.Error()})
			}
		} else {
			val = stripComment(val)
		}
		if old, dup := cfg[section][key]; dup {
			warns = append(warns, Warning{n, fmt.Sprintf("[%s] %s overridden: %q -> %q", section, key, old, val)})
		}
		cfg[section][key] = val
	}
	return cfg, warns
}

func (c Config) Int(section, key string, def int) int {
	if v, ok := c[section][key]; ok {
		if i, err := strconv.Atoi(v); err == nil {
			return i
		}
	}
	return def
}

func main() {
	cfg, warns := parse(input)
	for _, sec := range slices.Sorted(maps.Keys(cfg)) {
		label := sec
		if label == "" {
			label = "(global)"
		}
		fmt.Printf("[%s]\n", label)
		for _, k := range slices.Sorted(maps.Keys(cfg[sec])) {
			fmt.Printf("  %-9s = %q\n", k, cfg[sec][k])
		}
	}
	fmt.Println("warnings:")
	for _, w := range warns {
		fmt.Printf("  line %2d: %s\n", w.Line, w.Msg)
	}
	fmt.Println("server port:", cfg.Int("server", "port", 80))
	fmt.Println("database port:", cfg.Int("database", "port", 0))
	fmt.Println("missing port:", cfg.Int("cache", "port", 6379))
	debug, err := strconv.ParseBool(cfg[""]["debug"])
	fmt.Println("debug:", debug, err)
}
