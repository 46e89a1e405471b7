package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Command struct {
	Name    string
	Aliases []string
	Run     func(args []string) string
}

type Registry struct {
	byName map[string]*Command
	names  []string
}

var (
	ErrNoMatch   = errors.New("no such command")
	ErrAmbiguous = errors.New("ambiguous command")
)

func NewRegistry(cmds ...*Command) *Registry {
	r := &Registry{byName: map[string]*Command{}}
	for _, c := range cmds {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			r.byName[n] = c
			r.names = append(r.names, n)
		}
	}
	sort.Strings(r.names)
	return r
}

// Resolve tries an exact match first, then a unique prefix match.
func (r *Registry) Resolve(name string) (*Command, error) {
	if c, ok := r.byName[name]; ok {
		return c, nil
	}
	seen := map[*Command]bool{}
	var matches []string
	for _, n := range r.names {
		if strings.HasPrefix(n, name) && !seen[r.byName[n]] {
			seen[r.byName[n]] = true
			matches = append(matches, r.byName[n].Name)
		}
	}
	switch len(matches) {
	case 0:
		return nil, fmt.Errorf("%q: %w", name, ErrNoMatch)
	case 1:
		return r.byName[matches[0]], nil
	default:
		sort.Strings(matches)
		return nil, fmt.Errorf("%q could be %s: %w", name, strings.Join(matches, ", "), ErrAmbiguous)
	}
}

func echo(prefix string) func([]string) string {
	return func(args []string) string {
		return prefix + "(" + strings.Join(args, ",") + ")"
	}
}

func main() {
	reg := NewRegistry(
		&Command{Name: "status", Aliases: []string{"st"}, Run: echo("status")},
		&Command{Name: "stash", Run: echo("stash")},
		&Command{Name: "commit", Aliases: []string{"ci"}, Run: echo("commit")},
		&Command{Name: "checkout", Aliases: []string{"co"}, Run: echo("checkout")},
		&Command{Name: "cherry-pick", Run: echo("cherry-pick")},
		&Command{Name: "log", Run: echo("log")},
	)
	fmt.Println("known names:", strings.Join(reg.names, " "))
	inputs := [][]string{
		{"st"}, {"sta"}, {"stat", "-s"}, {"ci", "-m", "fix"}, {"ch"}, {"che"},
		{"chec", "main"}, {"l"}, {"push"}, {"co", "-b", "feature"},
	}
	for _, argv := range inputs {
		c, err := reg.Resolve(argv[0])
		switch {
		case errors.Is(err, ErrAmbiguous):
			fmt.Printf("%-12s ambiguous: %v\n", argv[0], err)
		case errors.Is(err, ErrNoMatch):
			fmt.Printf("%-12s unknown: %v\n", argv[0], err)
		case err != nil:
			fmt.Printf("%-12s error: %v\n", argv[0], err)
		default:
			fmt.Printf("%-12s -> %s\n", argv[0], c.Run(argv[1:]))
		}
	}
}
