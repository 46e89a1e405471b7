package eval

import (
	"go/ast"
	"go/token"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"
)

// yaegi cannot give a global (a `:=` at the top level of a cell) the type
// of a comma-ok form (`v, ok := m[k]`, `<-ch`, `x.(T)`) or of a generic
// call's result (`n := Id(3)`): "nil type". Inside a function it can. So
// such a define becomes a typed define and an assignment,
//
//	v, ok := *new(T1), *new(T2); v, ok = m[k]
//
// where T1 and T2 are what yaegi says the variables' types are when it
// compiles the same define inside a function literal (probe), just before
// the chunk compiles, so names of earlier chunks of the cell are known.

// typeProbes maps a placeholder type name to the probe that resolves it.
var (
	typeProbes sync.Map // string -> typeProbe
	probeSeq   atomic.Int64
)

type typeProbe struct {
	define string // `a, b := RHS` as written (blank names kept)
	name   string // the variable whose type it is
}

const typePlaceholder = tmpPrefix + "typeof"

var placeholderRe = regexp.MustCompile(typePlaceholder + `\d+`)

// typedDefine rewrites a top-level define that yaegi cannot type; text
// is the unit's text (a rebound define may already be an assignment).
func (r *rewriter) typedDefine(as *ast.AssignStmt, generic func(string) bool) {
	if as.Tok != token.DEFINE || len(as.Rhs) == 0 {
		return
	}
	if op := r.p.off(as.TokPos); r.text[op:op+2] != ":=" {
		return
	}
	hard := false
	if len(as.Lhs) == 2 && len(as.Rhs) == 1 {
		switch x := ast.Unparen(as.Rhs[0]).(type) {
		case *ast.IndexExpr, *ast.TypeAssertExpr:
			hard = true
		case *ast.UnaryExpr:
			hard = x.Op == token.ARROW
		}
	}
	for _, e := range as.Rhs {
		ast.Inspect(e, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false
			}
			if c, ok := n.(*ast.CallExpr); ok {
				if id := calleeIdent(c.Fun); id != nil && generic(id.Name) {
					hard = true
				}
			}
			return true
		})
	}
	if !hard {
		return
	}
	if r.typed == nil {
		r.typed = map[*ast.AssignStmt]bool{}
	}
	r.typed[as] = true
	define := r.src(as)
	// yaegi stores the value of `_, ok = <-ch` in the wrong variable
	// (it panics "reflect.Set: value of type T is not assignable to type
	// chan T", or overwrites another variable): the blank of a receive
	// becomes a temporary, typed like the others.
	recv := false
	if u, ok := ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr); ok && len(as.Rhs) == 1 {
		recv = u.Op == token.ARROW
	}
	blanks := map[*ast.Ident]string{}
	if recv {
		lhs := make([]string, len(as.Lhs))
		for i, l := range as.Lhs {
			lhs[i] = r.src(l)
			if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
				blanks[id] = r.tmp()
				lhs[i] = blanks[id]
			}
		}
		if len(blanks) > 0 {
			define = strings.Join(lhs, ", ") + " := " + r.src(as.Rhs[0])
		}
	}
	var names, zeros []string
	for _, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return
		}
		name := id.Name
		if t, ok := blanks[id]; ok {
			name = t
		}
		if name == "_" {
			continue
		}
		ph := typePlaceholder + strconv.FormatInt(probeSeq.Add(1), 10)
		typeProbes.Store(ph, typeProbe{define: define, name: name})
		names = append(names, name)
		zeros = append(zeros, "*new("+ph+")")
	}
	if len(names) == 0 {
		return
	}
	op := r.p.off(as.TokPos)
	start := r.p.off(as.Pos())
	r.add(start, start, strings.Join(names, ", ")+" := "+strings.Join(zeros, ", ")+"; ")
	for id, t := range blanks {
		o := r.p.off(id.Pos())
		r.add(o, o+1, t)
	}
	r.add(op, op+2, "=")
}

// calleeIdent is f in f(x), f[T](x), pkg.f is not a cell's.
func calleeIdent(e ast.Expr) *ast.Ident {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x
	case *ast.IndexExpr:
		return calleeIdent(x.X)
	case *ast.IndexListExpr:
		return calleeIdent(x.X)
	}
	return nil
}

var probeType = regexp.MustCompile(`cannot use type (.+) as type struct \{ ` + tmpPrefix + `never int\} in assignment`)

// resolveTypes replaces the placeholders of text by the types yaegi
// finds; one it cannot find stays, and its chunk fails as before.
func resolveTypes(in *interp.Interpreter, text string) string {
	return placeholderRe.ReplaceAllStringFunc(text, func(ph string) string {
		v, ok := typeProbes.LoadAndDelete(ph)
		if !ok {
			return ph
		}
		p := v.(typeProbe)
		src := "_ = func() { " + p.define + "\nvar _ struct{ " + tmpPrefix + "never int } = " + p.name + " }"
		_, err := compile(in, src)
		if err == nil {
			return ph
		}
		m := probeType.FindStringSubmatch(err.Error())
		if m == nil {
			return ph
		}
		return strings.ReplaceAll(m[1], "main.", "")
	})
}

// genericFuncs are the session's and the cell's generic functions.
func (s *Session) genericFuncs(c *cell) func(string) bool {
	return func(name string) bool {
		is := func(d *decl) bool {
			if d.kind != "func" || len(d.keys) == 0 || d.keys[0] != name {
				return false
			}
			_, rest, _ := strings.Cut(d.text, "func")
			rest = strings.TrimLeft(rest, " \t")
			return strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(rest, name), " \t"), "[")
		}
		for _, d := range c.newDecls {
			if is(d) {
				return true
			}
		}
		for _, d := range s.decls {
			if is(d) {
				return true
			}
		}
		return false
	}
}
