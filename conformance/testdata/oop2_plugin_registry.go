package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Plugin interface {
	Name() string
	Apply(s string) string
}

type Config map[string]string

// Registry maps names to constructors of T.
type Registry[T any] struct {
	ctors map[string]func(Config) (T, error)
}

func NewRegistry[T any]() *Registry[T] {
	return &Registry[T]{ctors: map[string]func(Config) (T, error){}}
}

func (r *Registry[T]) Register(name string, ctor func(Config) (T, error)) {
	if _, dup := r.ctors[name]; dup {
		panic("duplicate plugin " + name)
	}
	r.ctors[name] = ctor
}

func (r *Registry[T]) Create(name string, cfg Config) (T, error) {
	ctor, ok := r.ctors[name]
	if !ok {
		var zero T
		return zero, fmt.Errorf("no plugin named %q", name)
	}
	return ctor(cfg)
}

func (r *Registry[T]) Names() []string {
	names := make([]string, 0, len(r.ctors))
	for n := range r.ctors {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

type upper struct{}

func (upper) Name() string          { return "upper" }
func (upper) Apply(s string) string { return strings.ToUpper(s) }

type repeat struct{ times int }

func (r repeat) Name() string          { return "repeat×" + strconv.Itoa(r.times) }
func (r repeat) Apply(s string) string { return strings.Repeat(s, r.times) }

type wrap struct{ left, right string }

func (w *wrap) Name() string          { return "wrap" }
func (w *wrap) Apply(s string) string { return w.left + s + w.right }

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Apply(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

type Pipeline []Plugin

func (p Pipeline) Run(s string) string {
	for _, pl := range p {
		s = pl.Apply(s)
	}
	return s
}

func main() {
	reg := NewRegistry[Plugin]()
	reg.Register("upper", func(Config) (Plugin, error) { return upper{}, nil })
	reg.Register("reverse", func(Config) (Plugin, error) { return reverse{}, nil })
	reg.Register("repeat", func(c Config) (Plugin, error) {
		n, err := strconv.Atoi(c["times"])
		if err != nil || n < 1 {
			return nil, fmt.Errorf("repeat: bad times %q", c["times"])
		}
		return repeat{n}, nil
	})
	reg.Register("wrap", func(c Config) (Plugin, error) { return &wrap{c["l"], c["r"]}, nil })
	fmt.Println("available:", reg.Names())

	specs := []struct {
		name string
		cfg  Config
	}{
		{"reverse", nil}, {"repeat", Config{"times": "2"}}, {"upper", nil},
		{"repeat", Config{"times": "zero"}}, {"rot13", nil}, {"wrap", Config{"l": "<", "r": ">"}},
	}
	var pipe Pipeline
	for _, sp := range specs {
		p, err := reg.Create(sp.name, sp.cfg)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		fmt.Printf("added %-9s (%T)\n", p.Name(), p)
		pipe = append(pipe, p)
	}
	for _, in := range []string{"abc", "go!", ""} {
		fmt.Printf("%q -> %q\n", in, pipe.Run(in))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reg.Register("upper", nil)
	}()
	counts := NewRegistry[int]()
	counts.Register("len", func(c Config) (int, error) { return len(c), nil })
	n, err := counts.Create("len", Config{"a": "1", "b": "2"})
	fmt.Println("int registry:", n, err, counts.Names())
}
