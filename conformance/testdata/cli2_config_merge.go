package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

type Config struct {
	values map[string]string
	source map[string]string
}

func NewConfig(defaults map[string]string) *Config {
	c := &Config{values: map[string]string{}, source: map[string]string{}}
	for k, v := range defaults {
		c.Set(k, v, "default")
	}
	return c
}

func (c *Config) Set(k, v, src string) {
	c.values[k] = v
	c.source[k] = src
}

func (c *Config) LoadFile(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return fmt.Errorf("%s:%d: expected key=value, got %q", name, lineNo, line)
		}
		c.Set(strings.TrimSpace(k), strings.TrimSpace(v), name)
	}
	return sc.Err()
}

func (c *Config) Int(k string) (int, error) {
	v, ok := c.values[k]
	if !ok {
		return 0, fmt.Errorf("config: missing key %q", k)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("config: key %q: %w", k, err)
	}
	return n, nil
}

func (c *Config) Dump() {
	keys := make([]string, 0, len(c.values))
	for k := range c.values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-10s = %-12s (from %s)\n", k, c.values[k], c.source[k])
	}
}

const fileText = `
# app.conf
port = 9090
log_level = debug
workers = four
`

func main() {
	defaults := map[string]string{"port": "8080", "host": "localhost", "log_level": "info", "workers": "2"}
	cfg := NewConfig(defaults)
	if err := cfg.LoadFile("app.conf", strings.NewReader(fileText)); err != nil {
		fmt.Println("load error:", err)
	}

	argv := []string{"-host", "0.0.0.0", "-workers", "8"}
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.String("host", "", "listen host")
	fs.String("port", "", "listen port")
	fs.String("workers", "", "worker count")
	if err := fs.Parse(argv); err != nil {
		fmt.Println("flag error:", err)
	}
	fs.Visit(func(f *flag.Flag) { cfg.Set(f.Name, f.Value.String(), "flag") })

	fmt.Println("effective config:")
	cfg.Dump()
	for _, k := range []string{"port", "workers", "timeout"} {
		n, err := cfg.Int(k)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s as int: %d\n", k, n)
	}

	bad := NewConfig(nil)
	err := bad.LoadFile("broken.conf", strings.NewReader("a=1\njust some text\n"))
	fmt.Println("broken file:", err)
}
