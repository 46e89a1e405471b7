package fidelity

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"
)

// text/template (and html/template, which runs it) reads the data it is
// given with reflect, where a value of a type of the program is the
// interpreter's: no methods (`{{.Pending}}` fails with "can't evaluate
// field Pending in type interp.valueInterface", a String method is not
// called: `{{.Price}}` prints 5 for $5, a value that is a Stringer itself
// prints its insides), no promoted fields of an embedded struct, an
// unexported field named Xage (so the error of `{{.age}}` is not Go's),
// and its underlying type for its name (`{{printf "%T" .}}`); a template
// function or `eq` given a value with methods fails too. The same holds
// for what a template function of a FuncMap returns. Fields, maps,
// slices, ranges of plain values, and FuncMap closures, are right.
// Without an import, `template` is text/template or html/template at
// random for the interpreter, and the type check (so this guard) passes
// such a cell unchecked.

// tmplWhy ends a finding about methods a template cannot see.
const tmplWhy = "the interpreter's text/template sees no methods of %s: a template that calls one fails, and one that prints it does not call its String or Error method"

// What of a value a template may see wrong.
const (
	tmMethods    = 1 << iota // methods (called, or String/Error when printed)
	tmEmbedded               // fields promoted from an embedded struct
	tmUnexported             // unexported field names (in errors)
	tmStruct                 // any struct type of the program (its name, in errors)
)

// template checks a call of (text|html)/template's Execute,
// ExecuteTemplate and Funcs.
func (g *guard) template(c *ast.CallExpr, path, name string) {
	if path != "text/template" && path != "html/template" {
		return
	}
	var data ast.Expr
	switch name {
	case "Template.Execute":
		if len(c.Args) == 2 {
			data = c.Args[1]
		}
	case "Template.ExecuteTemplate":
		if len(c.Args) == 3 {
			data = c.Args[2]
		}
	case "Template.Funcs":
		if len(c.Args) == 1 {
			g.templateFuncs(c.Args[0], path)
		}
		return
	}
	if data == nil {
		return
	}
	call := path + "'s " + name[strings.Index(name, ".")+1:]
	of := func(t string) string {
		if dt := g.typeOf(data); !types.IsInterface(dt) {
			return dt.String()
		}
		return t
	}
	texts := g.templateTexts()
	if t, why := g.tmplWalk(tmMethods|tmEmbedded, texts).expr(data); why != "" {
		g.find(data.Pos(), "%s of %s (%s)", call, of(t), why)
		return
	}
	if g.errUsed(c) || g.cellValue(c) {
		if t, why := g.tmplWalk(tmUnexported, texts).expr(data); why != "" {
			g.find(c.Pos(), "the error of %s of %s, which is shown (%s)", call, of(t), why)
			return
		}
		if name, ok := g.unknownField(texts); ok {
			if t, why := g.tmplWalk(tmStruct, texts).expr(data); why != "" {
				g.find(c.Pos(), "the error of %s of %s, which is shown (a template names .%s, which no type of the program has: Go's error names %s, the interpreter's its underlying struct)", call, of(t), name, t)
				return
			}
		}
	}
	if what, verb := g.tmplWalk(0, texts).printf(); what != 0 {
		if t, why := g.revealsOf(data, g.typeOf(data), what); why != "" {
			g.find(data.Pos(), "%s of %s, with a template that prints with %s (%s)", call, t, verb, why)
		}
	}
}

// cellValue reports a call that ends the cell's statements: the kernel
// shows its value.
func (g *guard) cellValue(c *ast.CallExpr) bool {
	st, ok := g.up(c).(*ast.ExprStmt)
	if !ok || g.file(st.Pos()) != cellFile {
		return false
	}
	b, ok := g.parent[st].(*ast.BlockStmt)
	if !ok {
		return false
	}
	if fd, ok := g.parent[b].(*ast.FuncDecl); !ok || fd.Name.Name != "main" || fd.Recv != nil || g.file(fd.Pos()) == cellFile {
		return false
	}
	for _, s := range b.List[slices.Index(b.List, ast.Stmt(st))+1:] {
		if g.file(s.Pos()) == cellFile {
			return false
		}
	}
	return true
}

// templateFuncs checks the functions of a FuncMap given to Funcs (a
// literal, or a variable given one): what they return reaches the
// template as the data does.
func (g *guard) templateFuncs(m ast.Expr, path string) {
	lit, ok := ast.Unparen(g.valueOf(m)).(*ast.CompositeLit)
	if !ok {
		return
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		sig, ok := g.typeOf(kv.Value).Underlying().(*types.Signature)
		if !ok {
			continue
		}
		for i := range sig.Results().Len() {
			r := sig.Results().At(i).Type()
			if t, why := g.tmplWalk(tmMethods|tmEmbedded, nil).typ(r); why != "" {
				g.find(kv.Value.Pos(), "the %s function %s returning %s (%s)", path, exprString(kv.Key), t, why)
				return
			}
		}
	}
}

// valueOf is the value a variable was given where it was declared
// (`fm := template.FuncMap{...}`, `var fm = ...`), or e itself.
func (g *guard) valueOf(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return e
	}
	o := g.info.Uses[id]
	if o == nil {
		return e
	}
	if v, ok := g.initOf[o]; ok {
		return v
	}
	for def, d := range g.info.Defs {
		if d != o {
			continue
		}
		switch p := g.parent[def].(type) {
		case *ast.AssignStmt:
			if len(p.Lhs) == len(p.Rhs) {
				for i, l := range p.Lhs {
					if l == def {
						return p.Rhs[i]
					}
				}
			}
		case *ast.ValueSpec:
			if len(p.Names) == len(p.Values) {
				for i, n := range p.Names {
					if n == def {
						return p.Values[i]
					}
				}
			}
		}
	}
	return e
}

// onlyTemplateData reports a local variable used nowhere but as the data
// of template executions: its value is the one it was declared with.
func (g *guard) onlyTemplateData(id *ast.Ident) bool {
	o, ok := g.info.Uses[id].(*types.Var)
	if !ok || g.pkgVar(o) {
		return false
	}
	for use, u := range g.info.Uses {
		if u != o {
			continue
		}
		c, ok := g.up(use).(*ast.CallExpr)
		if !ok || len(c.Args) < 2 || ast.Unparen(c.Args[len(c.Args)-1]) != use {
			return false
		}
		path, name := g.callee(c)
		if path != "text/template" && path != "html/template" || name != "Template.Execute" && name != "Template.ExecuteTemplate" {
			return false
		}
	}
	return true
}

// tmplWalk looks for what a template may see wrong in a value.
type tmplWalk struct {
	g     *guard
	what  int
	seen  map[types.Type]bool
	texts []string // the program's constant template texts
}

func (g *guard) tmplWalk(what int, texts []string) *tmplWalk {
	return &tmplWalk{g: g, what: what, seen: map[types.Type]bool{}, texts: texts}
}

// expr is typ of the value of e, looking into the elements of a
// composite literal where they go into interfaces (map[string]any{...}),
// and at the value of a local variable used only as a template's data.
func (w *tmplWalk) expr(e ast.Expr) (string, string) {
	g := w.g
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && g.onlyTemplateData(id) {
		e = ast.Unparen(g.valueOf(id))
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		if _, ok := ast.Unparen(u.X).(*ast.CompositeLit); ok {
			e = ast.Unparen(u.X)
		}
	}
	t := g.typeOf(e)
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		if types.IsInterface(t) && g.foreign(e) {
			return "", ""
		}
		return w.typ(t)
	}
	if why := w.own(t); why != "" {
		return t.String(), why
	}
	// An element of an interface type is what is there; others, their type.
	elem := func(et types.Type, v ast.Expr) (string, string) {
		if !types.IsInterface(et) {
			return w.typ(et)
		}
		if v != nil {
			return w.expr(v)
		}
		return "", "" // nil
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		if !g.own(t) && !isUnnamed(t) {
			return "", ""
		}
		vals := map[string]ast.Expr{}
		for i, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok {
					vals[k.Name] = kv.Value
				}
			} else if i < u.NumFields() {
				vals[u.Field(i).Name()] = el
			}
		}
		for i := range u.NumFields() {
			if f := u.Field(i); f.Exported() || f.Embedded() {
				if t, why := elem(f.Type(), vals[f.Name()]); why != "" {
					return t, why
				}
			}
		}
	case *types.Map:
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if t, why := elem(u.Key(), kv.Key); why != "" {
					return t, why
				}
				if t, why := elem(u.Elem(), kv.Value); why != "" {
					return t, why
				}
			}
		}
		if !types.IsInterface(u.Key()) {
			return w.typ(u.Key())
		}
		if !types.IsInterface(u.Elem()) {
			return w.typ(u.Elem())
		}
	case *types.Slice, *types.Array:
		et := u.(interface{ Elem() types.Type }).Elem()
		if !types.IsInterface(et) {
			return w.typ(et)
		}
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if t, why := w.expr(el); why != "" {
				return t, why
			}
		}
	}
	return "", ""
}

func isUnnamed(t types.Type) bool {
	switch types.Unalias(t).(type) {
	case *types.Named, *types.TypeParam:
		return false
	}
	return true
}

// typ is the type a template may see wrong in a value of type t, and
// why; "" when there is none. A value of an interface type may be any
// type of the program that implements it; fields are followed where a
// template can reach them (exported or embedded), types of other packages
// are not looked into.
func (w *tmplWalk) typ(t types.Type) (string, string) {
	g := w.g
	t = types.Unalias(t)
	if t == nil || t == types.Typ[types.Invalid] || w.seen[t] {
		return "", ""
	}
	w.seen[t] = true
	if _, ok := t.(*types.TypeParam); ok {
		return "", ""
	}
	if types.IsInterface(t) {
		iface := t.Underlying().(*types.Interface)
		for _, n := range g.named {
			if n.TypeParams().Len() > 0 {
				continue
			}
			for _, c := range []types.Type{n, types.NewPointer(n)} {
				if !types.Implements(c, iface) {
					continue
				}
				if _, why := w.typ(c); why != "" {
					return fmt.Sprintf("%s (it may hold a %s)", t, c), why
				}
			}
		}
		return "", ""
	}
	if why := w.own(t); why != "" {
		return t.String(), why
	}
	if _, named := t.(*types.Named); named && !g.own(t) {
		return "", "" // another package's: not looked into
	}
	var inner []types.Type
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		inner = append(inner, u.Elem())
	case *types.Slice:
		inner = append(inner, u.Elem())
	case *types.Array:
		inner = append(inner, u.Elem())
	case *types.Map:
		inner = append(inner, u.Key(), u.Elem())
	case *types.Chan:
		inner = append(inner, u.Elem())
	case *types.Signature: // {{call .F}}
		for i := range u.Results().Len() {
			inner = append(inner, u.Results().At(i).Type())
		}
	case *types.Struct:
		for i := range u.NumFields() {
			if f := u.Field(i); f.Exported() || f.Embedded() {
				inner = append(inner, f.Type())
			}
		}
	}
	for _, in := range inner {
		if t, why := w.typ(in); why != "" {
			return t, why
		}
	}
	return "", ""
}

// own is why a template sees a value of t itself wrong (not what it
// holds): a type of the program, or a pointer to one, with methods, with
// an embedded struct, or with an unexported field that a template of the
// program names (any, when none is in sight).
func (w *tmplWalk) own(t types.Type) string {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if !w.g.own(t) || types.IsInterface(t) {
		return ""
	}
	if w.what&tmMethods != 0 && types.NewMethodSet(types.NewPointer(t)).Len() > 0 {
		return fmt.Sprintf(tmplWhy, t)
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	if w.what&tmStruct != 0 {
		return fmt.Sprintf("a struct type of the program, %s", t)
	}
	for i := range s.NumFields() {
		f := s.Field(i)
		if w.what&tmEmbedded != 0 && f.Embedded() {
			if _, ok := derefType(f.Type()).Underlying().(*types.Struct); ok {
				return fmt.Sprintf("the interpreter's text/template does not see the fields %s promotes from its embedded %s", t, f.Name())
			}
		}
		if w.what&tmUnexported != 0 && !f.Exported() && w.named(f.Name()) {
			return fmt.Sprintf("for a template that uses the unexported field %s of %s, Go's error says it is unexported; the interpreter's names its underlying struct with a field X%s", f.Name(), t, f.Name())
		}
	}
	return ""
}

// unknownField is a name a template text of the program uses (`.Missing`)
// that is no field or method of any type of the program: executing it on
// a struct of the program fails with an error that names the type.
func (g *guard) unknownField(texts []string) (string, bool) {
	known := map[string]bool{}
	seen := map[types.Type]bool{}
	note := func(t types.Type) {
		t = types.Unalias(derefType(t))
		n, ok := t.(*types.Named)
		if !ok || seen[n] {
			return
		}
		seen[n] = true
		ms := types.NewMethodSet(types.NewPointer(n))
		for i := range ms.Len() {
			known[ms.At(i).Obj().Name()] = true
		}
		if st, ok := n.Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				known[st.Field(i).Name()] = true
			}
		}
	}
	for _, n := range g.named {
		note(n)
	}
	for _, tv := range g.info.Types { // time.Time's .Year, a field's type's
		if tv.Type != nil {
			note(tv.Type)
		}
		if tv.Value != nil && tv.Value.Kind() == constant.String {
			known[constant.StringVal(tv.Value)] = true // a map key: {{.T}} of map[string]any{"T": ...}
		}
	}
	for _, s := range texts {
		for _, action := range templateAction.FindAllString(s, -1) {
			for _, m := range fieldRef.FindAllStringSubmatch(action, -1) {
				if !known[m[1]] {
					return m[1], true
				}
			}
		}
	}
	return "", false
}

var (
	templateAction = regexp.MustCompile(`{{.*?}}`)
	// fieldRef is a field or method an action names: `.Name`.
	fieldRef = regexp.MustCompile(`\.([A-Za-z_][A-Za-z0-9_]*)`)
)

// named reports whether a template text of the program uses a field or
// method name (`.age`), or there is no template text in sight.
func (w *tmplWalk) named(name string) bool {
	if len(w.texts) == 0 {
		return true
	}
	for _, s := range w.texts {
		for i := 0; ; {
			j := strings.Index(s[i:], "."+name)
			if j < 0 {
				break
			}
			i += j + 1 + len(name)
			if i == len(s) || !isIdentRune(s[i]) {
				return true
			}
		}
	}
	return false
}

func isIdentRune(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b >= 0x80
}

// templateTexts are the constant strings of the program that look like
// templates (they have an action, "{{").
func (g *guard) templateTexts() []string {
	var texts []string
	for _, tv := range g.info.Types {
		if tv.Value != nil && tv.Value.Kind() == constant.String {
			if s := constant.StringVal(tv.Value); strings.Contains(s, "{{") && !slices.Contains(texts, s) {
				texts = append(texts, s)
			}
		}
	}
	return texts
}

// printf is what a template of the program shows of its data with
// printf (names for %T and %#v, unexported field names for %+v and %#v),
// and the verb; 0 when no template text in sight uses printf so.
func (w *tmplWalk) printf() (int, string) {
	for _, s := range w.texts {
		if !strings.Contains(s, "printf") {
			continue
		}
		switch {
		case strings.Contains(s, "%#v"):
			return names | unexported, "%#v"
		case strings.Contains(s, "%T"):
			return names, "%T"
		case strings.Contains(s, "%+v"):
			return unexported, "%+v"
		}
	}
	return 0, ""
}
