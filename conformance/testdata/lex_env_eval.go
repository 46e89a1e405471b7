// A tiny statement interpreter with nested lexical environments.
package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Env struct {
	vars   map[string]int
	parent *Env
}

func NewEnv(parent *Env) *Env { return &Env{vars: map[string]int{}, parent: parent} }

// Set assigns to the nearest scope that defines name, or defines it locally.
func (e *Env) Set(name string, v int) {
	for env := e; env != nil; env = env.parent {
		if _, ok := env.vars[name]; ok {
			env.vars[name] = v
			return
		}
	}
	e.vars[name] = v
}

func (e *Env) Depth() (d int) {
	for p := e.parent; p != nil; p = p.parent {
		d++
	}
	return d
}

type UndefinedError struct {
	Stmt int
	Name string
}

func (u UndefinedError) Error() string {
	return fmt.Sprintf("statement %d: undefined variable %q", u.Stmt, u.Name)
}

func value(env *Env, tok string, stmt int) (int, error) {
	if n, err := strconv.Atoi(tok); err == nil {
		return n, nil
	}
	for e := env; e != nil; e = e.parent { // innermost scope wins
		if v, ok := e.vars[tok]; ok {
			return v, nil
		}
	}
	return 0, UndefinedError{stmt, tok}
}

func run(prog string) error {
	env := NewEnv(nil)
	prog = strings.NewReplacer("{", ";{;", "}", ";};").Replace(prog)
	stmts := strings.FieldsFunc(prog, func(r rune) bool { return r == '\n' || r == ';' })
	n := 0 // number of the current non-empty statement
	for _, stmt := range stmts {
		f := strings.Fields(stmt)
		if len(f) == 0 {
			continue
		}
		n++
		var operands []string // evaluated before the statement runs
		switch f[0] {
		case "let":
			operands = f[3:]
		case "add", "print":
			operands = f[1:]
		}
		var args []int
		for _, tok := range operands {
			v, err := value(env, tok, n)
			if err != nil {
				return err
			}
			args = append(args, v)
		}
		indent := strings.Repeat("  ", env.Depth())
		switch f[0] {
		case "{":
			env = NewEnv(env)
		case "}":
			env = env.parent
		case "let":
			env.vars[f[1]] = args[0]
		case "add":
			env.Set(f[1], args[0]+args[1])
		case "print":
			fmt.Printf("%s%s = %d (depth %d)\n", indent, f[1], args[0], env.Depth())
		case "dump":
			fmt.Printf("%slocals: %v\n", indent, slices.Sorted(maps.Keys(env.vars)))
		}
	}
	return nil
}

func main() {
	prog := `let x = 1; let y = 10; print x
{
  let x = 2; add y x; print x; print y
  { let z = 100; add z y; add x x; print z; print x; dump }
  print x; dump
}
print x; print y; print z`
	if err := run(prog); err != nil {
		fmt.Println("error:", err)
		var ue UndefinedError
		if errors.As(err, &ue) {
			fmt.Printf("undefined name %q in statement %d\n", ue.Name, ue.Stmt)
		}
	}
}
