package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Plugin interface {
	Name() string
	Run(input string) (string, error)
}

type Configurable interface{ Configure(map[string]string) error }

type upper struct{}

func (upper) Name() string                      { return "upper" }
func (upper) Run(in string) (string, error)     { return strings.ToUpper(in), nil }
func (u upper) String() string                  { return "plugin<" + u.Name() + ">" }
func (upper) Configure(map[string]string) error { return nil }

type repeat struct{ times int }

func (r *repeat) Name() string { return "repeat" }
func (r *repeat) Run(in string) (string, error) {
	if r.times <= 0 {
		return "", fmt.Errorf("repeat: times=%d not configured", r.times)
	}
	return strings.Repeat(in, r.times), nil
}
func (r *repeat) Configure(opts map[string]string) error {
	var n int
	if _, err := fmt.Sscanf(opts["times"], "%d", &n); err != nil {
		return fmt.Errorf("repeat: bad times %q", opts["times"])
	}
	r.times = n
	return nil
}

type reverse []rune

func (reverse) Name() string { return "reverse" }
func (reverse) Run(in string) (string, error) {
	r := []rune(in)
	slices.Reverse(r)
	return string(r), nil
}

var ErrUnknownPlugin = errors.New("unknown plugin")

type Registry map[string]func() Plugin

func (r Registry) New(name string) (Plugin, error) {
	if f, ok := r[name]; ok {
		return f(), nil
	}
	return nil, fmt.Errorf("%w: %q", ErrUnknownPlugin, name)
}

func describe(p Plugin) string {
	switch v := p.(type) {
	case upper:
		return fmt.Sprintf("value plugin %v", v)
	case *repeat:
		return fmt.Sprintf("pointer plugin times=%d", v.times)
	case reverse:
		return "slice plugin"
	}
	return fmt.Sprintf("other %T", p)
}

func main() {
	reg := Registry{
		"upper":   func() Plugin { return upper{} },
		"repeat":  func() Plugin { return &repeat{} },
		"reverse": func() Plugin { return reverse(nil) },
	}
	fmt.Println("registered:", slices.Sorted(maps.Keys(reg)))
	opts := map[string]string{"times": "3"}
	for _, name := range []string{"upper", "repeat", "reverse", "zip"} {
		p, err := reg.New(name)
		if err != nil {
			fmt.Printf("%s: %v (unknown=%t)\n", name, err, errors.Is(err, ErrUnknownPlugin))
			continue
		}
		if c, ok := p.(Configurable); ok {
			fmt.Printf("configure %s: %v\n", p.Name(), c.Configure(opts))
		} else {
			fmt.Printf("%s is not configurable (%T)\n", p.Name(), p)
		}
		out, err := p.Run("go!")
		fmt.Printf("%-8s %q -> %q err=%v | %s\n", p.Name(), "go!", out, err, describe(p))
	}
	r := &repeat{}
	fmt.Println(r.Configure(map[string]string{"times": "many"}))
	fmt.Println(r.Run("x"))
}
