// Command tool_flag_args is a hand-written, flag-like argument parser that
// works over fixed []string argument lists instead of the real command line.
package main

import (
	"errors"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Value is the same idea as flag.Value.
type Value = flag.Value

// scalar adapts any parse function into a Value using generics.
type scalar[T any] struct {
	v     T
	parse func(string) (T, error)
}

func (s *scalar[T]) Set(str string) (err error) {
	s.v, err = s.parse(str)
	return err
}
func (s *scalar[T]) String() string { return fmt.Sprint(s.v) }

// IsBool lets the parser accept "-v" without a value.
func (s *scalar[T]) IsBool() bool {
	_, ok := any(s.v).(bool)
	return ok
}

type listValue []string // collects repeated flags

func (l *listValue) Set(v string) error { *l = append(*l, v); return nil }
func (l *listValue) String() string     { return "[" + strings.Join(*l, ",") + "]" }

var ErrUnknownFlag = errors.New("unknown flag")

type FlagError struct {
	Name string
	Err  error
}

func (e *FlagError) Error() string { return fmt.Sprintf("flag -%s: %v", e.Name, e.Err) }
func (e *FlagError) Unwrap() error { return e.Err }

type Parser struct {
	flags map[string]Value
	Args  []string
}

func (p *Parser) Parse(args []string) error {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			p.Args = append(p.Args, args[i+1:]...)
			return nil
		case !strings.HasPrefix(a, "-") || a == "-":
			p.Args = append(p.Args, a)
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		v, ok := p.flags[name]
		if !ok {
			return &FlagError{name, ErrUnknownFlag}
		}
		if b, isBool := v.(interface{ IsBool() bool }); isBool && b.IsBool() && !hasVal {
			val, hasVal = "true", true
		}
		if !hasVal {
			if i+1 >= len(args) {
				return &FlagError{name, errors.New("missing value")}
			}
			i++
			val = args[i]
		}
		if err := v.Set(val); err != nil {
			return &FlagError{name, err}
		}
	}
	return nil
}

func main() {
	cmdLines := [][]string{
		{"-v", "-n", "3", "--name=gopher", "file1", "file2"},
		{"-tag", "a", "-tag=b", "--tag", "c", "--", "-v", "rest"},
		{"-v=false", "-n=10", "-", "x"},
		{"-n", "three"},
		{"-color", "red"},
		{"-name"},
	}
	for _, args := range cmdLines {
		p := &Parser{flags: map[string]Value{
			"v":    &scalar[bool]{false, strconv.ParseBool},
			"n":    &scalar[int]{1, strconv.Atoi},
			"name": &scalar[string]{"world", func(s string) (string, error) { return s, nil }},
			"tag":  new(listValue),
		}}
		fmt.Printf("parse %q\n", args)
		err := p.Parse(args)
		var fe *FlagError
		if errors.As(err, &fe) {
			fmt.Printf("    error: %v (unknown=%t)\n", fe, errors.Is(err, ErrUnknownFlag))
			continue
		}
		for _, n := range slices.Sorted(maps.Keys(p.flags)) {
			fmt.Printf("    -%-8s %-12s (%T)\n", n, p.flags[n], p.flags[n])
		}
		fmt.Printf("    args: %q\n", p.Args)
	}
}
