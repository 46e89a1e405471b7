package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type flagSpec struct {
	name   string
	short  byte
	hasArg bool
	defVal string
	usage  string
}

type parsed struct {
	values     map[string]string
	positional []string
}

func parseArgs(specs []flagSpec, args []string) (*parsed, error) {
	byLong := map[string]flagSpec{}
	byShort := map[byte]flagSpec{}
	p := &parsed{values: map[string]string{}}
	for _, s := range specs {
		byLong[s.name] = s
		if s.short != 0 {
			byShort[s.short] = s
		}
		if s.defVal != "" {
			p.values[s.name] = s.defVal
		}
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		var spec flagSpec
		var ok bool
		inline, hasInline := "", false
		switch {
		case a == "--":
			p.positional = append(p.positional, args[i+1:]...)
			return p, nil
		case strings.HasPrefix(a, "--"):
			name := a[2:]
			name, inline, hasInline = strings.Cut(name, "=")
			spec, ok = byLong[name]
		case strings.HasPrefix(a, "-") && len(a) > 1:
			spec, ok = byShort[a[1]]
			if len(a) > 2 {
				inline, hasInline = a[2:], true
			}
		default:
			p.positional = append(p.positional, a)
			continue
		}
		if !ok {
			return p, fmt.Errorf("arg %d: unknown flag %q", i, a)
		}
		if !spec.hasArg {
			if hasInline {
				return p, fmt.Errorf("arg %d: flag --%s takes no value", i, spec.name)
			}
			p.values[spec.name] = "true"
			continue
		}
		if hasInline {
			p.values[spec.name] = inline
		} else if i+1 < len(args) {
			i++
			p.values[spec.name] = args[i]
		} else {
			return p, fmt.Errorf("arg %d: flag --%s needs a value", i, spec.name)
		}
	}
	return p, nil
}

func main() {
	specs := []flagSpec{
		{"verbose", 'v', false, "", "print more"},
		{"output", 'o', true, "out.txt", "output file"},
		{"count", 'n', true, "1", "repeat count"},
		{"format", 0, true, "", "output format"},
	}
	cases := [][]string{
		{"-v", "input.txt", "--count=3"},
		{"--output", "report.csv", "-n5", "a", "b"},
		{"--format=json", "--", "-v", "--count"},
		{"--color"},
		{"-n"},
		{"--verbose=yes"},
	}
	for _, args := range cases {
		fmt.Printf("args: %q\n", args)
		p, err := parseArgs(specs, args)
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		keys := make([]string, 0, len(p.values))
		for k := range p.values {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("  %s=%s\n", k, p.values[k])
		}
		n, err := strconv.Atoi(p.values["count"])
		fmt.Printf("  count as int: %d (err=%v)\n", n, err)
		f, ok := p.values["format"]
		fmt.Printf("  format=%q set=%v positional=%q\n", f, ok, p.positional)
	}
}
