package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

type field struct {
	kind     string // "int", "bool", "string", "duration"
	required bool
	check    func(string) error
}

var schema = map[string]field{
	"listen":   {kind: "string", required: true},
	"workers":  {kind: "int", required: true, check: rangeCheck(1, 64)},
	"verbose":  {kind: "bool"},
	"timeout":  {kind: "duration"},
	"loglevel": {kind: "string", check: oneOf("debug", "info", "warn", "error")},
}

func rangeCheck(lo, hi int) func(string) error {
	return func(v string) error {
		n, _ := strconv.Atoi(v)
		if n < lo || n > hi {
			return fmt.Errorf("%d not in [%d, %d]", n, lo, hi)
		}
		return nil
	}
}

func oneOf(opts ...string) func(string) error {
	return func(v string) error {
		if !slices.Contains(opts, v) {
			return fmt.Errorf("%q must be one of %s", v, strings.Join(opts, "|"))
		}
		return nil
	}
}

func validateKind(kind, v string) error {
	var err error
	switch kind {
	case "int":
		_, err = strconv.Atoi(v)
	case "bool":
		_, err = strconv.ParseBool(v)
	case "duration":
		unit := strings.TrimLeft(v, "0123456789")
		if unit == v || !slices.Contains([]string{"ms", "s", "m", "h"}, unit) {
			err = fmt.Errorf("bad duration %q", v)
		}
	}
	return err
}

func validate(name, text string) []string {
	var problems []string
	seen := map[string]bool{}
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch f, known := schema[k]; {
		case !ok:
			problems = append(problems, fmt.Sprintf("%s:%d: expected key=value", name, i+1))
		case !known:
			problems = append(problems, fmt.Sprintf("%s:%d: unknown key %q", name, i+1, k))
		case seen[k]:
			problems = append(problems, fmt.Sprintf("%s:%d: duplicate key %q", name, i+1, k))
		default:
			seen[k] = true
			if err := validateKind(f.kind, v); err != nil {
				problems = append(problems, fmt.Sprintf("%s:%d: %s: %v", name, i+1, k, err))
			} else if f.check != nil {
				if err := f.check(v); err != nil {
					problems = append(problems, fmt.Sprintf("%s:%d: %s: %v", name, i+1, k, err))
				}
			}
		}
	}
	keys := make([]string, 0, len(schema))
	for k := range schema {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if schema[k].required && !seen[k] {
			problems = append(problems, fmt.Sprintf("%s: missing required key %q", name, k))
		}
	}
	return problems
}

func main() {
	configs := []struct{ name, text string }{
		{"good.conf", "# main server\nlisten = :8080\nworkers = 8\nverbose = true\ntimeout = 30s\nloglevel = info\n"},
		{"minimal.conf", "listen=:9000\nworkers=1"},
		{"broken.conf", "listen = :80\nworkers = 100\nverbose = maybe\ntimeout = 5 minutes\ncolour = blue\nloglevel = trace\nworkers = 2\njust some words\n"},
	}
	failed := 0
	for _, c := range configs {
		problems := validate(c.name, c.text)
		if len(problems) == 0 {
			fmt.Printf("%s: OK\n", c.name)
			continue
		}
		failed++
		fmt.Printf("%s: %d problem(s)\n", c.name, len(problems))
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, "  "+p)
		}
	}
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "validation failed for %d of %d configs\n", failed, len(configs))
		os.Exit(1)
	}
	fmt.Println("all configs valid")
}
