package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const configText = `
; service configuration
[server]
host = 0.0.0.0
port = 8080
read_timeout = 15
tls = false

[database]
dsn = "postgres://app@db:5432/app?sslmode=disable"
max_conns = 25
# trailing comment
replicas = db-r1, db-r2 ,db-r3

[features]
beta_ui = true
rollout = 0.25
bogus line here
port = 99999
`

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Config map[string]map[string]string

func Parse(src string) (Config, []error) {
	cfg := Config{}
	var errs []error
	section := "default"
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "", line[0] == ';', line[0] == '#':
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.TrimSpace(line[1 : len(line)-1])
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, &ParseError{n, fmt.Sprintf("expected key = value, got %q", line)})
			continue
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if uq, err := strconv.Unquote(val); err == nil {
			val = uq
		}
		if cfg[section] == nil {
			cfg[section] = map[string]string{}
		}
		cfg[section][key] = val
	}
	return cfg, errs
}

func (c Config) Int(section, key string, lo, hi int) (int, error) {
	raw, ok := c[section][key]
	if !ok {
		return 0, fmt.Errorf("%s.%s: missing", section, key)
	}
	n, err := strconv.Atoi(raw)
	if err != nil {
		return 0, fmt.Errorf("%s.%s: %w", section, key, err)
	}
	if n < lo || n > hi {
		return 0, fmt.Errorf("%s.%s: %d out of range [%d, %d]", section, key, n, lo, hi)
	}
	return n, nil
}

func (c Config) List(section, key string) []string {
	var out []string
	for _, p := range strings.Split(c[section][key], ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func main() {
	cfg, errs := Parse(configText)
	for _, err := range errs {
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("parse error at %d: %s\n", pe.Line, pe.Msg)
		}
	}

	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		keys := make([]string, 0, len(cfg[s]))
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", s)
		for _, k := range keys {
			fmt.Printf("  %-12s = %q\n", k, cfg[s][k])
		}
	}

	port, err := cfg.Int("server", "port", 1, 65535)
	fmt.Println("server port:", port, err)
	_, err = cfg.Int("features", "port", 1, 65535)
	fmt.Println("features port:", err)
	_, err = cfg.Int("server", "tls", 0, 1)
	fmt.Println("tls as int:", err, "| is NumError:", errors.As(err, new(*strconv.NumError)))
	_, err = cfg.Int("server", "write_timeout", 0, 60)
	fmt.Println("write_timeout:", err)
	tls, _ := strconv.ParseBool(cfg["server"]["tls"])
	rollout, _ := strconv.ParseFloat(cfg["features"]["rollout"], 64)
	fmt.Printf("tls=%t rollout=%.0f%% replicas=%q\n", tls, rollout*100, cfg.List("database", "replicas"))
}
