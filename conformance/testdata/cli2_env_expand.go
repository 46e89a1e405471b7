package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Expander struct {
	vars    map[string]string
	missing map[string]int
	strict  bool
}

func (e *Expander) lookup(name string) string {
	key, def, hasDef := strings.Cut(name, ":-")
	if v, ok := e.vars[key]; ok && v != "" {
		return v
	}
	if hasDef {
		return def
	}
	switch key {
	case "$":
		return "$"
	case "#":
		return fmt.Sprint(len(e.vars))
	}
	e.missing[key]++
	return ""
}

func (e *Expander) Expand(s string) (string, error) {
	e.missing = map[string]int{}
	out := os.Expand(s, e.lookup)
	if e.strict && len(e.missing) > 0 {
		names := make([]string, 0, len(e.missing))
		for k := range e.missing {
			names = append(names, k)
		}
		sort.Strings(names)
		return out, fmt.Errorf("undefined variables: %s", strings.Join(names, ", "))
	}
	return out, nil
}

func main() {
	env := map[string]string{
		"HOME":    "/home/gopher",
		"USER":    "gopher",
		"PROJECT": "cli2",
		"EMPTY":   "",
		"GOPATH":  "${HOME}/go",
	}
	e := &Expander{vars: env}
	templates := []string{
		"$HOME/src/$PROJECT",
		"user=${USER} shell=${SHELL:-/bin/sh}",
		"empty=[$EMPTY] defaulted=[${EMPTY:-fallback}]",
		"price: $$5 and ${#} vars",
		"gopath=$GOPATH",
		"$UNDEFINED_ONE and $UNDEFINED_TWO",
		"trailing $",
	}
	for _, t := range templates {
		out, _ := e.Expand(t)
		fmt.Printf("%-45q -> %q\n", t, out)
	}

	fmt.Println("strict mode:")
	e.strict = true
	for _, t := range []string{"$USER@$HOST:$PORT", "ok: $USER"} {
		out, err := e.Expand(t)
		if err != nil {
			fmt.Printf("  error: %v (partial %q)\n", err, out)
			continue
		}
		fmt.Printf("  %q\n", out)
	}

	// expand recursively until a fixed point, guarding against cycles
	env["A"] = "$B"
	env["B"] = "$A"
	e.strict = false
	for _, t := range []string{"$GOPATH/bin", "$A"} {
		cur := t
		var err error
		for i := 0; ; i++ {
			if i == 5 {
				err = errors.New("expansion did not converge")
				break
			}
			next, _ := e.Expand(cur)
			if next == cur {
				break
			}
			cur = next
		}
		fmt.Printf("recursive %q -> %q err=%v\n", t, cur, err)
	}
}
