// A plugin registry populated by init() functions, then driven by events.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Handle(event string) (string, error)
}

type Factory func(config map[string]string) (Plugin, error)

var registry = map[string]Factory{}
var registrationOrder []string

func Register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("duplicate plugin " + name)
	}
	registry[name] = f
	registrationOrder = append(registrationOrder, name)
}

var ErrSkip = errors.New("event skipped")

type upper struct{}

func (upper) Name() string                    { return "upper" }
func (upper) Handle(e string) (string, error) { return strings.ToUpper(e), nil }

func init() {
	Register("upper", func(map[string]string) (Plugin, error) { return upper{}, nil })
}

type prefix struct{ p string }

func (p *prefix) Name() string { return "prefix" }
func (p *prefix) Handle(e string) (string, error) {
	return p.p + e, nil
}

func init() {
	Register("prefix", func(cfg map[string]string) (Plugin, error) {
		v, ok := cfg["prefix"]
		if !ok {
			return nil, fmt.Errorf("prefix: missing config key %q", "prefix")
		}
		return &prefix{p: v}, nil
	})
}

type filter struct {
	word string
	hits int
}

func (f *filter) Name() string { return "filter" }
func (f *filter) Handle(e string) (string, error) {
	if strings.Contains(e, f.word) {
		f.hits++
		return "", fmt.Errorf("filter %q: %w", f.word, ErrSkip)
	}
	return e, nil
}

func init() {
	Register("filter", func(cfg map[string]string) (Plugin, error) {
		return &filter{word: cfg["block"]}, nil
	})
}

type counter struct{ n int }

func (c *counter) Name() string { return "counter" }
func (c *counter) Handle(e string) (string, error) {
	c.n++
	return fmt.Sprintf("%s #%d", e, c.n), nil
}

func init() {
	Register("counter", func(map[string]string) (Plugin, error) { return &counter{}, nil })
}

func Build(names []string, cfg map[string]string) ([]Plugin, error) {
	var out []Plugin
	for _, n := range names {
		f, ok := registry[n]
		if !ok {
			return nil, fmt.Errorf("unknown plugin %q", n)
		}
		p, err := f(cfg)
		if err != nil {
			return nil, fmt.Errorf("build %s: %w", n, err)
		}
		out = append(out, p)
	}
	return out, nil
}

func main() {
	fmt.Println("registered in init order:", registrationOrder)
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("sorted:", names)

	if _, err := Build([]string{"upper", "prefix"}, nil); err != nil {
		fmt.Println("error:", err)
	}
	if _, err := Build([]string{"zip"}, nil); err != nil {
		fmt.Println("error:", err)
	}

	cfg := map[string]string{"prefix": "evt: ", "block": "debug"}
	chain, err := Build([]string{"filter", "counter", "upper", "prefix"}, cfg)
	if err != nil {
		panic(err)
	}
	events := []string{"user login", "debug ping", "file saved", "debug gc", "user logout"}
	skipped := 0
	for _, e := range events {
		out := e
		var err error
		for _, p := range chain {
			if out, err = p.Handle(out); err != nil {
				break
			}
		}
		if errors.Is(err, ErrSkip) {
			skipped++
			fmt.Printf("%-12q skipped (%v)\n", e, err)
			continue
		}
		fmt.Printf("%-12q => %q\n", e, out)
	}
	fmt.Printf("skipped=%d filter_hits=%d\n", skipped, chain[0].(*filter).hits)
}
