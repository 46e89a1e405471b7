// Parsing and evaluating boolean expressions, then printing a truth table.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type BoolExpr interface {
	Eval(env map[string]bool) bool
	fmt.Stringer
}

type Var struct{ Name string }
type Not struct{ X BoolExpr }
type BinOp struct {
	Op   string
	L, R BoolExpr
}

func (v Var) Eval(env map[string]bool) bool { return env[v.Name] }
func (v Var) String() string                { return v.Name }
func (n Not) Eval(env map[string]bool) bool { return !n.X.Eval(env) }
func (n Not) String() string                { return "!" + n.X.String() }
func (b BinOp) Eval(env map[string]bool) bool {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case "&":
		return l && r
	case "|":
		return l || r
	case "^":
		return l != r
	case "->":
		return !l || r
	}
	return false
}
func (b BinOp) String() string { return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")" }

type parser struct {
	toks []string
	i    int
	vars map[string]bool
}

func (p *parser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.i++; return t }

var levels = [][]string{{"->"}, {"|"}, {"^"}, {"&"}}

func (p *parser) binary(level int) BoolExpr {
	if level == len(levels) {
		return p.unary()
	}
	l := p.binary(level + 1)
	for slices.Contains(levels[level], p.peek()) {
		op := p.next()
		l = BinOp{op, l, p.binary(level + 1)}
	}
	return l
}

func (p *parser) unary() BoolExpr {
	switch t := p.next(); t {
	case "!":
		return Not{p.unary()}
	case "(":
		e := p.binary(0)
		p.next()
		return e
	default:
		p.vars[t] = true
		return Var{t}
	}
}

func parse(s string) (BoolExpr, []string) {
	r := strings.NewReplacer("(", " ( ", ")", " ) ", "!", " ! ", "&", " & ", "|", " | ", "^", " ^ ", "->", " -> ")
	p := &parser{toks: strings.Fields(r.Replace(s)), vars: map[string]bool{}}
	e := p.binary(0)
	return e, slices.Sorted(maps.Keys(p.vars))
}

func main() {
	for _, src := range []string{"a & !b | c", "p -> q", "(x ^ y) & !(x & y)", "!(a|b) -> !a & !b"} {
		e, names := parse(src)
		fmt.Printf("%s  parsed as %v  (%T)\n", src, e, e)
		fmt.Printf("  %s | out\n", strings.Join(names, " "))
		tautology := true
		for row := range 1 << len(names) {
			env := map[string]bool{}
			var cells []string
			for i, n := range names {
				env[n] = row&(1<<(len(names)-1-i)) != 0
				cells = append(cells, fmt.Sprint(btoi(env[n])))
			}
			out := e.Eval(env)
			tautology = tautology && out
			fmt.Printf("  %s | %d\n", strings.Join(cells, " "), btoi(out))
		}
		fmt.Println("  tautology:", tautology)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
