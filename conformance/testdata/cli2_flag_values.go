package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"sort"
	"strings"
	"time"
)

// listFlag collects repeated -tag values.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty tag")
	}
	*l = append(*l, v)
	return nil
}

// enumFlag accepts one of a fixed set of values.
type enumFlag struct {
	allowed []string
	value   string
}

func (e *enumFlag) String() string { return e.value }
func (e *enumFlag) Set(v string) error {
	for _, a := range e.allowed {
		if a == v {
			e.value = v
			return nil
		}
	}
	return fmt.Errorf("must be one of %s", strings.Join(e.allowed, "|"))
}

// kvFlag parses key=value pairs into a map.
type kvFlag map[string]string

func (m kvFlag) String() string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k+"="+m[k])
	}
	sort.Strings(keys)
	return strings.Join(keys, ",")
}
func (m kvFlag) Set(v string) error {
	k, val, ok := strings.Cut(v, "=")
	if !ok || k == "" {
		return fmt.Errorf("expected key=value, got %q", v)
	}
	m[k] = val
	return nil
}

func parse(argv []string) {
	var out bytes.Buffer
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.SetOutput(&out)
	var tags listFlag
	format := &enumFlag{allowed: []string{"text", "json", "yaml"}, value: "text"}
	labels := kvFlag{}
	fs.Var(&tags, "tag", "image tag (repeatable)")
	fs.Var(format, "format", "output format")
	fs.Var(labels, "label", "key=value label (repeatable)")
	timeout := fs.Duration("timeout", 30*time.Second, "deploy timeout")
	dry := fs.Bool("dry-run", false, "do not apply changes")

	fmt.Printf("$ deploy %s\n", strings.Join(argv, " "))
	if err := fs.Parse(argv); err != nil {
		usage := strings.Contains(out.String(), "Usage of deploy:")
		fmt.Printf("  parse failed: %v\n  (usage printed: %v, %d output lines)\n", err, usage, strings.Count(out.String(), "\n"))
		return
	}
	fmt.Printf("  tags=[%s] format=%s labels={%s} timeout=%s dry=%v args=%q\n",
		tags.String(), format, labels, *timeout, *dry, fs.Args())
	var set []string
	fs.Visit(func(f *flag.Flag) { set = append(set, f.Name) })
	fmt.Printf("  explicitly set: %v\n", set)
}

func main() {
	runs := [][]string{
		{},
		{"-tag", "v1", "-tag=latest", "-format", "json", "svc-a"},
		{"-label", "env=prod", "-label", "team=core", "-timeout", "1m30s", "--dry-run", "svc-b", "svc-c"},
		{"-format", "xml"},
		{"-label", "novalue"},
		{"-tag", ""},
		{"-timeout", "soon"},
		{"-dry-run", "--", "-not-a-flag"},
	}
	for _, r := range runs {
		parse(r)
	}
}
