package typecheck

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"runtime"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"gokernel/kernel/program"
)

// Complete answers completion of `x.prefix` at cursor (in runes, as
// Jupyter counts) from the types of the cell in the session's context:
// the fields and methods of x's type, with the pointer-receiver methods
// of an addressable value (`var sb strings.Builder; sb.Wri` offers
// WriteString), as Go allows calling them. kinds are "field" or
// "method". ok is false when the cursor is not after `x.` of a value
// whose type is known (a package name, a type, text that does not
// parse): the caller answers then.
func (c *Checker) Complete(decls []string, code string, cursor int) (matches, kinds []string, start, end int, ok bool) {
	off := byteOffset(code, cursor)
	from := identStart(code, off)
	if from == 0 || code[from-1] != '.' {
		return nil, nil, 0, 0, false
	}
	xs := chainStart(code, from-1)
	if xs == from-1 {
		return nil, nil, 0, 0, false
	}
	tv, pkg, found := c.typeAt(decls, code, xs, from-1, []string{
		code[:from-1] + code[off:], // the cell without `.prefix`
		closeBrackets(code[:from-1]),
	})
	if !found || !tv.IsValue() || !known(tv.Type) {
		return nil, nil, 0, 0, false
	}
	prefix := code[from:off]
	names := map[string]string{}
	for name, kind := range members(tv, pkg) {
		if strings.HasPrefix(name, prefix) {
			names[name] = kind
		}
	}
	for name := range names {
		matches = append(matches, name)
	}
	sort.Strings(matches)
	for _, m := range matches {
		kinds = append(kinds, names[m])
	}
	return matches, kinds, utf8.RuneCountInString(code[:from]), utf8.RuneCountInString(code[:off]), true
}

// Inspect describes the expression at cursor (in runes): its type, and
// for a name or selector the declaration it refers to, as Go writes it.
// ok is false when the types are not known.
func (c *Checker) Inspect(decls []string, code string, cursor int) (text string, ok bool) {
	off := byteOffset(code, cursor)
	end := off
	for end < len(code) && isIdentByte(code[end]) {
		end++
	}
	xs := chainStart(code, end)
	if xs == end {
		return "", false
	}
	expr := code[xs:end]
	tv, pkg, found := c.typeAt(decls, code, xs, end, []string{code, closeBrackets(code[:end])})
	if !found || !known(tv.Type) {
		return "", false
	}
	qual := types.RelativeTo(pkg)
	var obj types.Object
	c.mu.Lock()
	obj = c.lastObj
	c.mu.Unlock()
	switch {
	case obj != nil && tv.IsType():
		return types.ObjectString(obj, qual), true
	case obj != nil:
		if _, isVar := obj.(*types.Var); isVar && !strings.Contains(expr, ".") {
			return expr + " " + types.TypeString(tv.Type, qual) + " (variable)", true
		}
		s := types.ObjectString(obj, qual)
		if tv.Value != nil {
			s += " = " + tv.Value.ExactString()
		}
		return s, true
	case tv.IsValue():
		s := expr + " " + types.TypeString(tv.Type, qual)
		if tv.Value != nil {
			s += " = " + tv.Value.ExactString()
		}
		return s, true
	}
	return "", false
}

// typeAt type-checks the first of the cell versions that assembles
// (program.Main) and returns the type of the expression at cell bytes
// [xs, xe), which every version keeps at its place; it keeps the object
// the expression names (if it is a name or selector) in c.lastObj.
func (c *Checker) typeAt(decls []string, code string, xs, xe int, versions []string) (tv types.TypeAndValue, pkg *types.Package, ok bool) {
	if !c.Ready() || c.Off() != nil {
		return tv, nil, false
	}
	line, col := lineCol(code, xs)
	eline, ecol := lineCol(code, xe)
	for _, v := range versions {
		src, err := program.Main(decls, v, program.Options{Resolve: c.resolve(new(bool))})
		if err != nil {
			continue
		}
		fset, imp := c.files()
		f, err := parser.ParseFile(fset, program.MainFile, src.Files[program.MainFile], parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
		conf := types.Config{Importer: imp, Sizes: types.SizesFor("gc", runtime.GOARCH), Error: func(error) {}}
		c.mu.Lock()
		pkg, _ = conf.Check("main", fset, []*ast.File{f}, info)
		c.mu.Unlock()
		var best ast.Expr
		ast.Inspect(f, func(n ast.Node) bool {
			e, isExpr := n.(ast.Expr)
			if !isExpr || best != nil {
				return best == nil
			}
			p, q := fset.Position(e.Pos()), fset.Position(e.End())
			if p.Filename == bodyFile && p.Line == line && p.Column == col && q.Line == eline && q.Column == ecol {
				best = e
			}
			return true
		})
		if best == nil {
			continue
		}
		tv, ok = info.Types[best]
		var obj types.Object
		switch e := ast.Unparen(best).(type) {
		case *ast.Ident:
			obj = info.Uses[e]
		case *ast.SelectorExpr:
			if sel := info.Selections[e]; sel != nil {
				obj = sel.Obj()
			} else {
				obj = info.Uses[e.Sel]
			}
		}
		c.mu.Lock()
		c.lastObj = obj
		c.mu.Unlock()
		if ok {
			return tv, pkg, true
		}
	}
	return tv, nil, false
}

// members are the fields and methods of a value's type that the cell
// may use: exported ones of other packages, all of its own; the methods
// of *T too when the value is addressable.
func members(tv types.TypeAndValue, pkg *types.Package) map[string]string {
	out := map[string]string{}
	visible := func(o types.Object) bool { return o.Exported() || o.Pkg() == pkg }
	t := tv.Type
	mt := t
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(t) && tv.Addressable() {
		mt = types.NewPointer(t)
	}
	ms := types.NewMethodSet(mt)
	for i := range ms.Len() {
		if o := ms.At(i).Obj(); visible(o) {
			out[o.Name()] = "method"
		}
	}
	// Fields, promoted ones too, shallowest first.
	seen := map[*types.Struct]bool{}
	level := []types.Type{t}
	for len(level) > 0 {
		var next []types.Type
		for _, lt := range level {
			if p, isPtr := lt.Underlying().(*types.Pointer); isPtr {
				lt = p.Elem()
			}
			st, isStruct := lt.Underlying().(*types.Struct)
			if !isStruct || seen[st] {
				continue
			}
			seen[st] = true
			for f := range st.Fields() {
				if _, taken := out[f.Name()]; !taken && visible(f) {
					out[f.Name()] = "field"
				}
				if f.Embedded() {
					next = append(next, f.Type())
				}
			}
		}
		level = next
	}
	return out
}

// resolve is the Resolve of program.Options for this checker: uncertain
// is set when a name several standard packages share resolves.
func (c *Checker) resolve(uncertain *bool) func(string) (string, bool) {
	return func(name string) (string, bool) {
		if name == "session" {
			return sessionPath, true // preloaded in sessions, not in compiled programs
		}
		path, ok := c.defaultResolve(name)
		if ok && !strings.HasPrefix(path, "gokernel/") && c.isAmbiguous(name) {
			*uncertain = true
		}
		return path, ok
	}
}

// defaultResolve is program.DefaultResolve, or, working from the cache,
// what it answered when the cache was filled (GOROOT may be gone).
func (c *Checker) defaultResolve(name string) (string, bool) {
	c.mu.Lock()
	std := c.std
	c.mu.Unlock()
	if std == nil {
		return program.DefaultResolve(name)
	}
	if p, ok := program.Runtime[name]; ok {
		return p, true
	}
	p, ok := std[name]
	return p, ok
}

func isIdentByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= utf8.RuneSelf
}

// identStart is where the identifier ending at off begins.
func identStart(code string, off int) int {
	for off > 0 {
		r, size := utf8.DecodeLastRuneInString(code[:off])
		if !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		off -= size
	}
	return off
}

// chainStart is where the operand ending at off begins: names, dots,
// and bracketed groups (`a.b`, `f(x).c`, `xs[0]`, `T{}`).
func chainStart(code string, off int) int {
	start := off
	for {
		s := start
		for s > 0 && strings.IndexByte(")]}", code[s-1]) >= 0 {
			s = openBracket(code, s-1)
			if s < 0 {
				return off
			}
		}
		s = identStart(code, s)
		if s == start {
			break
		}
		start = s
		if start < 2 || code[start-1] != '.' {
			break
		}
		start--
		if strings.IndexByte(")]}", code[start-1]) < 0 && identStart(code, start) == start {
			start++
			break
		}
	}
	if start < off {
		if r, _ := utf8.DecodeRuneInString(code[start:]); unicode.IsDigit(r) || r == '.' {
			return off
		}
	}
	return start
}

// openBracket is the offset of the bracket that the one at i closes, or
// -1.
func openBracket(code string, i int) int {
	depth := 0
	for ; i >= 0; i-- {
		switch code[i] {
		case ')', ']', '}':
			depth++
		case '(', '[', '{':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// closeBrackets closes what code leaves open, so that a cell cut at the
// cursor (inside a func body) still parses.
func closeBrackets(code string) string {
	var stack []byte
	var s scanner.Scanner
	s.Init(token.NewFileSet().AddFile("", -1, len(code)), []byte(code), nil, 0)
	for {
		_, tok, _ := s.Scan()
		switch tok {
		case token.EOF:
			var b strings.Builder
			b.WriteString(code)
			for i := len(stack) - 1; i >= 0; i-- {
				b.WriteString("\n" + string(stack[i]))
			}
			return b.String()
		case token.LPAREN:
			stack = append(stack, ')')
		case token.LBRACK:
			stack = append(stack, ']')
		case token.LBRACE:
			stack = append(stack, '}')
		case token.RPAREN, token.RBRACK, token.RBRACE:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

// byteOffset converts a cursor in runes to a byte offset.
func byteOffset(code string, cursor int) int {
	if cursor <= 0 {
		return 0
	}
	n := 0
	for i := range code {
		if n == cursor {
			return i
		}
		n++
	}
	return len(code)
}

// lineCol gives the 1-based line and byte column of an offset.
func lineCol(code string, off int) (line, col int) {
	line = 1 + strings.Count(code[:off], "\n")
	col = off - (strings.LastIndexByte(code[:off], '\n') + 1) + 1
	return line, col
}

// known reports a type the checker could work out (not invalid, as a
// session variable's that the declarations do not describe).
func known(t types.Type) bool {
	return t != nil && t != types.Typ[types.Invalid]
}
