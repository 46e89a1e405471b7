package rangefunc_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
)

// gen writes random programs whose functions nest range-over-func loops,
// ordinary loops and switches, with guarded breaks, continues (labeled or
// not) and returns, and closures over the loop variables.
type gen struct {
	r       *rand.Rand
	b       *strings.Builder
	n       int
	vars    []string
	targets []*gtarget
	kind    int  // 0: (int, string) results, 1: none, 2: named (n int, s string)
	inCase  bool // statements go directly in a case clause
}

type gtarget struct {
	label  string
	isLoop bool
	used   bool
}

const randomPrelude = `package main

import "fmt"

var steps int

var fs []func() int

var ga, gb int

func count(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println(name, "exit")
		for i := 0; i < n; i++ {
			steps++
			if !yield(i) {
				fmt.Println(name, "stopped at", i)
				return
			}
		}
	}
}

func pairs(name string, n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			steps++
			if !yield(i, i*i+1) {
				fmt.Println(name, "stopped at", i)
				return
			}
		}
		fmt.Println(name, "done")
	}
}

func times(name string, n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			steps++
			if !yield() {
				fmt.Println(name, "stopped at", i)
				return
			}
		}
	}
}
`

func (g *gen) line(depth int, format string, args ...any) {
	g.b.WriteString(strings.Repeat("\t", depth))
	fmt.Fprintf(g.b, format, args...)
	g.b.WriteString("\n")
}

func (g *gen) expr() string {
	terms := []string{"steps"}
	for _, v := range g.vars {
		if g.r.IntN(2) == 0 {
			terms = append(terms, v)
		}
	}
	return "(" + strings.Join(terms, "+") + ")"
}

func (g *gen) cond() string {
	m := 2 + g.r.IntN(4)
	return fmt.Sprintf("%s%%%d == %d", g.expr(), m, g.r.IntN(m))
}

// sub generates a nested statement (a loop or a switch) with a body.
func (g *gen) sub(depth int) {
	g.n++
	k := g.n
	label := fmt.Sprintf("L%d", k)
	t := &gtarget{label: label, isLoop: true}
	var head string
	vars := g.vars
	switch g.r.IntN(6) {
	case 0, 1:
		v := fmt.Sprintf("v%d", k)
		head = fmt.Sprintf("for %s := range count(%q, %d) {", v, label, 1+g.r.IntN(3))
		g.vars = append(g.vars, v)
	case 2:
		k1, v := fmt.Sprintf("k%d", k), fmt.Sprintf("v%d", k)
		switch g.r.IntN(4) {
		case 0:
			head = fmt.Sprintf("for %s, %s := range pairs(%q, %d) {", k1, v, label, 1+g.r.IntN(3))
			g.vars = append(g.vars, k1, v)
		case 3:
			head = fmt.Sprintf("for %s := range pairs(%q, %d) {", k1, label, 1+g.r.IntN(3))
			g.vars = append(g.vars, k1)
		case 1:
			head = fmt.Sprintf("for ga, gb = range pairs(%q, %d) {", label, 1+g.r.IntN(3))
			g.vars = append(g.vars, "ga", "gb")
		default:
			head = fmt.Sprintf("for _, %s := range pairs(%q, %d) {", v, label, 1+g.r.IntN(3))
			g.vars = append(g.vars, v)
		}
	case 3:
		head = fmt.Sprintf("for range times(%q, %d) {", label, 1+g.r.IntN(3))
	case 4:
		v := fmt.Sprintf("i%d", k)
		head = fmt.Sprintf("for %s := 0; %s < %d; %s++ {", v, v, 1+g.r.IntN(3), v)
		g.vars = append(g.vars, v)
	default:
		t.isLoop = false
		head = fmt.Sprintf("switch %s %% 3 {", g.expr())
	}
	body := &strings.Builder{}
	outer := g.b
	g.b = body
	g.targets = append(g.targets, t)
	inCase := g.inCase
	g.inCase = !t.isLoop
	if t.isLoop {
		g.line(depth+1, "fmt.Println(%q%s)", label, argList(g.vars[len(vars):]))
		g.body(depth + 1)
	} else {
		for c := 0; c < 3; c++ {
			if c == 2 {
				g.line(depth, "default:")
			} else {
				g.line(depth, "case %d:", c)
			}
			g.line(depth+1, "fmt.Println(%q, %d)", label, c)
			g.body(depth + 1)
		}
	}
	g.targets = g.targets[:len(g.targets)-1]
	g.vars = vars
	g.b = outer
	g.inCase = inCase
	// yaegi v0.16.1 does not find labels of statements directly in a
	// case clause ("undefined: L"): those get a block.
	wrap := inCase && t.used
	if wrap {
		g.line(depth, "{")
	}
	if t.used {
		g.line(depth, "%s:", label)
	}
	g.line(depth, "%s", head)
	g.b.WriteString(body.String())
	g.line(depth, "}")
	if wrap {
		g.line(depth, "}")
	}
	if t.isLoop {
		g.line(depth, "fmt.Println(\"after %s\")", label)
	}
}

func argList(vs []string) string {
	s := ""
	for _, v := range vs {
		s += ", " + v
	}
	return s
}

// captures are the variables closures may capture: not those of
// three-clause loops, which yaegi v0.16.1 shares between iterations (Go
// 1.22 gives each iteration its own; the kernel rewrites such loops).
func (g *gen) captures() []string {
	var vs []string
	for _, v := range g.vars {
		if !strings.HasPrefix(v, "i") {
			vs = append(vs, v)
		}
	}
	return vs
}

func (g *gen) body(depth int) {
	for n := 1 + g.r.IntN(3); n > 0; n-- {
		g.stmt(depth)
	}
}

func (g *gen) stmt(depth int) {
	switch c := g.r.IntN(11); {
	case c < 3 && depth < 4:
		g.sub(depth)
	case c == 10 && depth < 3:
		// A func literal: its returns and loops are its own.
		targets, kind, inCase := g.targets, g.kind, g.inCase
		g.targets, g.kind, g.inCase = nil, 1, false
		g.line(depth, "func() {")
		g.sub(depth + 1)
		g.line(depth, "}()")
		g.targets, g.kind, g.inCase = targets, kind, inCase
	case c < 6 && len(g.targets) > 0:
		g.branch(depth)
	case c < 7:
		switch g.kind {
		case 0:
			g.line(depth, "if %s { return %s, %q }", g.cond(), g.expr(), fmt.Sprint("r", g.n))
		case 1:
			g.line(depth, "if %s { fmt.Println(\"return\"); return }", g.cond())
		default:
			if g.r.IntN(2) == 0 {
				g.line(depth, "if %s { n += 100; return }", g.cond())
			} else {
				g.line(depth, "if %s { return %s, %q }", g.cond(), g.expr(), fmt.Sprint("r", g.n))
			}
		}
	case c < 8 && len(g.captures()) > 0:
		vs := g.captures()
		g.line(depth, "fs = append(fs, func() int { return %s*10 + steps })", vs[g.r.IntN(len(vs))])
	default:
		if g.kind == 2 {
			g.line(depth, "n += %s", g.expr())
		}
		g.line(depth, "steps++; fmt.Println(\"step\", steps%s)", argList(g.vars))
	}
}

// branch writes a guarded break or continue to an enclosing statement.
func (g *gen) branch(depth int) {
	var cands []string
	inner := g.targets[len(g.targets)-1]
	cands = append(cands, "break")
	for i := len(g.targets) - 1; i >= 0; i-- {
		if g.targets[i].isLoop {
			cands = append(cands, "continue")
			break
		}
	}
	for i, t := range g.targets {
		cands = append(cands, "break "+strconv.Itoa(i))
		if t.isLoop {
			cands = append(cands, "continue "+strconv.Itoa(i))
		}
	}
	c := cands[g.r.IntN(len(cands))]
	tok, idx, labeled := strings.Cut(c, " ")
	if labeled {
		i, _ := strconv.Atoi(idx)
		t := g.targets[i]
		t.used = true
		c = tok + " " + t.label
	}
	_ = inner
	g.line(depth, "if %s { %s }", g.cond(), c)
}

func randomProgram(seed uint64) string {
	g := &gen{r: rand.New(rand.NewPCG(seed, 7)), b: &strings.Builder{}}
	g.b.WriteString(randomPrelude)
	sigs := []string{"func f0() (int, string) {", "func f1() {", "func f2() (n int, s string) {"}
	ends := []string{"return -1, \"end\"", "fmt.Println(\"f1 end\")", "s = \"end\"\n\treturn"}
	for k := range sigs {
		g.kind = k
		g.line(0, "\n%s", sigs[k])
		for n := 2 + g.r.IntN(2); n > 0; n-- {
			g.sub(1)
		}
		g.line(1, "%s", ends[k])
		g.line(0, "}")
	}
	g.b.WriteString(`
func main() {
	fmt.Println(f0())
	f1()
	fmt.Println(f2())
	fmt.Println("steps", steps, ga, gb)
	for _, f := range fs {
		fmt.Println(f())
	}
}
`)
	return g.b.String()
}

// TestRandomPrograms lowers generated programs and requires them to print
// what the originals print, compiled and in yaegi. RANGEFUNC_RANDOM sets
// how many (default 30, 8 with -short).
func TestRandomPrograms(t *testing.T) {
	n := 30
	if testing.Short() {
		n = 8
	}
	if s := os.Getenv("RANGEFUNC_RANDOM"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	loadExports(t)
	srcs := map[string]string{}
	lowered := map[string][]byte{}
	progs := map[string][]byte{}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("r%03d", i)
		src := randomProgram(uint64(i))
		c, err := check(t, []byte(src))
		if err != nil {
			t.Fatalf("%s does not type-check: %v\n%s", name, err, src)
		}
		_ = c
		out, err := lower(t, []byte(src))
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, src)
		}
		srcs[name], lowered[name] = src, out
		progs["orig_"+name], progs["lowered_"+name] = []byte(src), out
	}
	results := goRun(t, progs)
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("r%03d", i)
		t.Run(name, func(t *testing.T) {
			out := lowered[name]
			c, err := check(t, out)
			if err != nil {
				t.Fatalf("lowered program does not type-check: %v\n%s", err, out)
			}
			if ps := funcRanges(c); len(ps) > 0 {
				t.Fatalf("range over func left at %v", ps)
			}
			checkLines(t, []byte(srcs[name]), out)
			orig, low := results["orig_"+name], results["lowered_"+name]
			if orig.err != nil || low.err != nil {
				t.Fatalf("original: %v; lowered: %v", orig.err, low.err)
			}
			if low.out != orig.out {
				t.Fatalf("lowered program prints\n%s\nthe original\n%s\noriginal source:\n%s\nlowered:\n%s", low.out, orig.out, srcs[name], out)
			}
			y, err := yaegiRun(out)
			if err != nil {
				t.Fatalf("yaegi: %v\nlowered:\n%s", err, out)
			}
			if y != orig.out {
				t.Fatalf("in yaegi the lowered program prints\n%s\ncompiled\n%s\nlowered source:\n%s", y, orig.out, out)
			}
		})
	}
}
