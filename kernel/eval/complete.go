package eval

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/traefik/yaegi/stdlib"

	"gokernel/kernel/eval/symbols"
)

var keywords = []string{"break", "case", "chan", "const", "continue", "default", "defer", "else",
	"fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package",
	"range", "return", "select", "struct", "switch", "type", "var"}

var builtinNames = []string{"any", "append", "bool", "byte", "cap", "clear", "close", "complex",
	"complex128", "complex64", "copy", "delete", "error", "false", "float32", "float64", "imag",
	"int", "int16", "int32", "int64", "int8", "iota", "len", "make", "max", "min", "new", "nil",
	"panic", "print", "println", "real", "recover", "rune", "string", "true", "uint", "uint16",
	"uint32", "uint64", "uint8", "uintptr"}

// builtinDocs are what inspect shows for builtins.
var builtinDocs = map[string]string{
	"append":  "func append(slice []Type, elems ...Type) []Type\n\nappend adds elems to the end of slice and returns the updated slice.",
	"cap":     "func cap(v Type) int\n\ncap is the capacity of a slice, array or channel.",
	"clear":   "func clear[T ~[]Type | ~map[Key]Type](t T)\n\nclear deletes every entry of a map or zeroes every element of a slice.",
	"close":   "func close(c chan<- Type)\n\nclose closes a channel: receivers get the zero value once it is drained.",
	"copy":    "func copy(dst, src []Type) int\n\ncopy copies elements from src to dst and returns how many it copied.",
	"delete":  "func delete(m map[Type]Type1, key Type)\n\ndelete removes the entry with key from m.",
	"len":     "func len(v Type) int\n\nlen is the length of a string, slice, array, map or channel.",
	"make":    "func make(t Type, size ...IntegerType) Type\n\nmake creates a slice, map or channel.",
	"max":     "func max[T cmp.Ordered](x T, y ...T) T\n\nmax is the largest of its arguments.",
	"min":     "func min[T cmp.Ordered](x T, y ...T) T\n\nmin is the smallest of its arguments.",
	"new":     "func new(Type) *Type\n\nnew allocates a zero value of Type and returns a pointer to it.",
	"panic":   "func panic(v any)\n\npanic stops the goroutine; deferred functions run and recover can stop it.",
	"print":   "func print(args ...Type)\n\nprint writes its arguments to standard error.",
	"println": "func println(args ...Type)\n\nprintln writes its arguments to standard error, separated by spaces, with a newline.",
	"recover": "func recover() any\n\nrecover, called in a deferred function, stops a panic and returns its value.",
}

// IsComplete says whether code is ready to run: "complete", "incomplete"
// (an open bracket, string or trailing operator: indent is the suggested
// indent of the next line) or "invalid".
//
//	s.IsComplete("func f() {") // "incomplete", "\t"
func (s *Session) IsComplete(code string) (status, indent string) {
	if strings.TrimSpace(code) == "" {
		return "complete", ""
	}
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(code))
	var errs []string
	var sc scanner.Scanner
	sc.Init(file, []byte(code), func(_ token.Position, msg string) { errs = append(errs, msg) }, scanner.ScanComments)
	depth := 0
	last := token.ILLEGAL
	for {
		_, tok, lit := sc.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
			if depth < 0 {
				return "invalid", ""
			}
		case token.COMMENT:
			continue
		case token.SEMICOLON:
			if lit == "\n" {
				continue
			}
		}
		last = tok
	}
	for _, e := range errs {
		if strings.Contains(e, "raw string literal not terminated") || strings.Contains(e, "comment not terminated") {
			return "incomplete", strings.Repeat("\t", max(depth, 0))
		}
	}
	if len(errs) > 0 {
		return "invalid", ""
	}
	if depth > 0 {
		return "incomplete", strings.Repeat("\t", depth)
	}
	switch last {
	case token.IDENT, token.INT, token.FLOAT, token.IMAG, token.CHAR, token.STRING,
		token.RPAREN, token.RBRACK, token.RBRACE, token.BREAK, token.CONTINUE,
		token.FALLTHROUGH, token.RETURN, token.INC, token.DEC, token.SEMICOLON:
	default:
		return "incomplete", ""
	}
	if _, err := s.prepare(code); err != nil {
		var e *Error
		// An error at the very end (`if x`, `for ...; i++`) is text
		// still to come.
		lines := strings.Count(code, "\n") + 1
		last := strings.TrimRight(cellLine(code, lines), " \t")
		if errors.As(err, &e) && (strings.Contains(e.Value, "EOF") || e.Line > lines ||
			e.Line == lines && e.Col > len(last)) {
			return "incomplete", ""
		}
		return "invalid", ""
	}
	return "complete", ""
}

// runeOffset converts a cursor position in code points to a byte offset.
func runeOffset(code string, cursor int) int {
	off := 0
	for i := 0; i < cursor && off < len(code); i++ {
		_, n := utf8.DecodeRuneInString(code[off:])
		off += n
	}
	return off
}

func isIdentRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// identBefore returns the start of the identifier that ends at off.
func identBefore(code string, off int) int {
	for off > 0 {
		r, n := utf8.DecodeLastRuneInString(code[:off])
		if !isIdentRune(r) {
			break
		}
		off -= n
	}
	return off
}

// Complete lists what may be typed at the cursor (in code points): names
// in scope (the session's globals, funcs and types, the cell's own names,
// packages, keywords and builtins), a package's members after `pkg.` and
// a value's fields and methods after `value.`. start and end (code
// points) delimit the text the match replaces.
//
//	s.Complete("fmt.Pri", 7) // ["Print" "Printf" "Println"], 4, 7
func (s *Session) Complete(code string, cursorPos int) (matches []string, start, end int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	off := runeOffset(code, cursorPos)
	from := identBefore(code, off)
	prefix := code[from:off]
	start = utf8.RuneCountInString(code[:from])
	end = utf8.RuneCountInString(code[:off])
	var cands []string
	if from > 0 && code[from-1] == '.' {
		xs := identBefore(code, from-1)
		cands = s.members(code[xs : from-1])
	} else {
		cands = s.namesInScope(code)
	}
	seen := map[string]bool{}
	for _, c := range cands {
		if strings.HasPrefix(c, prefix) && !strings.HasPrefix(c, "__gk") && !seen[c] {
			seen[c] = true
			matches = append(matches, c)
		}
	}
	sort.Strings(matches)
	return matches, start, end
}

// packagePath gives the import path a name refers to: an import in effect,
// else a standard library or runtime package of that name.
func (s *Session) packagePath(name string) (string, bool) {
	for k := range s.imported {
		n, path, _ := strings.Cut(k, " ")
		if n == name && n != helperPkg {
			return path, true
		}
	}
	// As kernel/program's DefaultResolve chooses (compiled runs and the
	// type check follow it): template is text/template, else the
	// shorter path, else the first in order; never map order.
	best := ""
	for key := range stdlib.Symbols {
		path, n := splitKey(key)
		if n != name {
			continue
		}
		switch {
		case name == "template":
			best = "text/template"
		case best == "" || len(path) < len(best) || len(path) == len(best) && path < best:
			best = path
		}
	}
	for key := range symbols.Symbols {
		if path, n := splitKey(key); n == name {
			best = path
		}
	}
	if best == "" && name == "iter" {
		best = "iter" // interpreted source (kernel/gostd), not symbols
	}
	return best, best != ""
}

func splitKey(key string) (path, name string) {
	i := strings.LastIndexByte(key, '/')
	if i < 0 {
		return key, key
	}
	return key[:i], key[i+1:]
}

// exports are the symbols of the package at path.
func (s *Session) exports(path string) map[string]reflect.Value {
	for _, ex := range []map[string]map[string]reflect.Value{stdlib.Symbols, symbols.Symbols, s.opts.Exports} {
		for key, syms := range ex {
			if p, _ := splitKey(key); p == path {
				return syms
			}
		}
	}
	return nil
}

// members are the names after `x.`: a package's exports or a value's
// fields and methods.
func (s *Session) members(x string) []string {
	if x == "" {
		return nil
	}
	if _, isVar := globalsOf(s.in)[x]; !isVar {
		if path, ok := s.packagePath(x); ok {
			var out []string
			for name := range s.exports(path) {
				if token.IsExported(name) {
					out = append(out, name)
				}
			}
			return out
		}
	}
	v, err := evalQuiet(s.in, x)
	if err != nil || !v.IsValid() {
		return nil
	}
	return s.fieldsAndMethods(v.Type())
}

func (s *Session) fieldsAndMethods(t reflect.Type) []string {
	var out []string
	for i := 0; i < t.NumMethod(); i++ {
		out = append(out, t.Method(i).Name)
	}
	if name, ok := s.typeNames()[derefType(t)]; ok {
		for _, d := range s.decls {
			if d.kind == "method" && strings.HasPrefix(d.keys[0], name+".") {
				out = append(out, strings.TrimPrefix(d.keys[0], name+"."))
			}
		}
	}
	t = derefType(t)
	if t.Kind() == reflect.Struct {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := f.Name
			// yaegi exports unexported fields of interpreted structs as "X"+name.
			if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(name, "X")); strings.HasPrefix(name, "X") && unicode.IsLower(r) {
				name = name[1:]
			}
			if f.IsExported() {
				out = append(out, name)
			}
		}
	}
	return out
}

func derefType(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t.Elem()
	}
	return t
}

// namesInScope lists every name a cell can use at top level.
func (s *Session) namesInScope(code string) []string {
	out := append(append([]string{}, keywords...), builtinNames...)
	for name := range globalsOf(s.in) {
		out = append(out, name)
	}
	for _, d := range s.decls {
		if d.kind != "method" && d.kind != "import" {
			out = append(out, d.keys...)
		}
	}
	for k := range s.imported {
		n, _, _ := strings.Cut(k, " ")
		out = append(out, n)
	}
	for key := range stdlib.Symbols {
		if _, n := splitKey(key); !strings.ContainsAny(n, ".") {
			out = append(out, n)
		}
	}
	// The cell's own names (locals, names being declared).
	fset := token.NewFileSet()
	var sc scanner.Scanner
	sc.Init(fset.AddFile("", -1, len(code)), []byte(code), nil, 0)
	for {
		_, tok, lit := sc.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.IDENT {
			out = append(out, lit)
		}
	}
	return out
}

// Inspect describes the name under the cursor (in code points): its
// signature or type, its value for a variable, and its doc comment for the
// runtime packages and the session's own declarations. detail > 0 shows
// the whole source of a session declaration.
//
//	found, data := s.Inspect("strings.ToUpper", 10, 0)
//	data["text/plain"] // "func strings.ToUpper(string) string"
func (s *Session) Inspect(code string, cursorPos int, detail int) (found bool, data map[string]any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	off := runeOffset(code, cursorPos)
	end := off
	for end < len(code) {
		r, n := utf8.DecodeRuneInString(code[end:])
		if !isIdentRune(r) {
			break
		}
		end += n
	}
	from := identBefore(code, off)
	name := code[from:end]
	if name == "" && from > 0 && code[from-1] == '(' { // cursor just after `f(`
		end = from - 1
		from = identBefore(code, end)
		name = code[from:end]
	}
	if name == "" {
		return false, nil
	}
	qual := ""
	if from > 0 && code[from-1] == '.' {
		qual = code[identBefore(code, from-1) : from-1]
	}
	text := s.describe(qual, name, detail)
	if text == "" {
		return false, nil
	}
	return true, map[string]any{"text/plain": text}
}

func (s *Session) describe(qual, name string, detail int) string {
	if qual != "" {
		if _, isVar := globalsOf(s.in)[qual]; !isVar {
			if path, ok := s.packagePath(qual); ok {
				return s.describeMember(path, qual, name)
			}
		}
		v, err := evalQuiet(s.in, qual+"."+name)
		if err != nil || !v.IsValid() {
			return ""
		}
		text := fmt.Sprintf("%s.%s %s", qual, name, v.Type())
		// A field or method of a runtime type: its doc comment.
		if x, ok := globalsOf(s.in)[qual]; ok && x.IsValid() {
			t := derefType(x.Type())
			if doc := symbols.Docs[t.PkgPath()+"."+t.Name()+"."+name]; doc != "" && t.Name() != "" {
				text += "\n\n" + strings.TrimSpace(doc)
			} else if decl, doc, ok := sourceDoc(t.PkgPath(), t.Name()+"."+name); ok && t.Name() != "" {
				text = strings.TrimSpace(strings.TrimSpace(decl) + "\n\n" + strings.TrimSpace(doc))
			}
		}
		return text
	}
	for _, d := range s.decls {
		for _, k := range d.keys {
			if k == name && d.kind != "import" {
				return s.describeDecl(d, name, detail)
			}
		}
	}
	if v, ok := globalsOf(s.in)[name]; ok && v.IsValid() {
		return fmt.Sprintf("var %s %s = %s", name, v.Type(), plain(valueOf(v)))
	}
	if doc, ok := builtinDocs[name]; ok {
		return doc
	}
	if path, ok := s.packagePath(name); ok {
		doc := symbols.Docs[path]
		return strings.TrimSpace("package " + name + " // import " + `"` + path + `"` + "\n\n" + doc)
	}
	return ""
}

// describeMember describes pkg.name from the symbol tables and docs.
func (s *Session) describeMember(path, pkg, name string) string {
	v, ok := s.exports(path)[name]
	if !ok {
		return ""
	}
	// As written in the package's source, with parameter names.
	if decl, doc, ok := sourceDoc(path, name); ok {
		if d := symbols.Docs[path+"."+name]; d != "" {
			doc = d
		}
		return strings.TrimSpace(strings.TrimSpace(decl) + "\n\n" + strings.TrimSpace(doc))
	}
	var head string
	t := v.Type()
	switch {
	case t.Kind() == reflect.Func:
		head = "func " + pkg + "." + name + strings.TrimPrefix(t.String(), "func")
	case t.Kind() == reflect.Pointer && v.IsNil(): // a type: (*T)(nil)
		et := t.Elem()
		head = "type " + pkg + "." + name + " " + et.Kind().String()
		if et.Kind() == reflect.Struct || et.Kind() == reflect.Interface {
			head = "type " + pkg + "." + name + " " + describeType(et)
		}
	default:
		head = fmt.Sprintf("%s.%s %s", pkg, name, t)
		if v.CanInterface() {
			head += " = " + plain(v.Interface())
		}
	}
	if doc := symbols.Docs[path+"."+name]; doc != "" {
		return head + "\n\n" + strings.TrimSpace(doc)
	}
	return head
}

// describeType shows a struct's exported fields and its methods.
func describeType(t reflect.Type) string {
	var b strings.Builder
	if t.Kind() == reflect.Struct {
		b.WriteString("struct {")
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() {
				fmt.Fprintf(&b, "\n\t%s %s", f.Name, f.Type)
			}
		}
		b.WriteString("\n}")
	} else {
		b.WriteString(t.Kind().String())
	}
	pt := reflect.PointerTo(t)
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Fprintf(&b, "\nfunc (%s) %s%s", pt, m.Name, strings.TrimPrefix(m.Type.String(), "func("+pt.String()))
	}
	return b.String()
}

// describeDecl shows a session declaration: a func's doc and signature
// (its whole source with detail), a type's source, a variable's value.
func (s *Session) describeDecl(d *decl, name string, detail int) string {
	src := strings.TrimSpace(d.text)
	switch d.kind {
	case "func":
		if detail > 0 {
			return src
		}
		if sig := signature(d.text); sig != "" {
			return sig
		}
	case "var":
		if v, ok := globalsOf(s.in)[name]; ok && v.IsValid() {
			return src + "\n\n" + name + " = " + plain(valueOf(v))
		}
	}
	return src
}

// signature is a func declaration without its body (doc comment kept).
func signature(src string) string {
	fset := token.NewFileSet()
	const prefix = declPrefix + "\n" // a comment on the package line is no doc comment
	f, err := parser.ParseFile(fset, "", prefix+src, parser.ParseComments)
	if err != nil || len(f.Decls) == 0 {
		return ""
	}
	fd, ok := f.Decls[0].(*ast.FuncDecl)
	if !ok || fd.Body == nil {
		return ""
	}
	start := fset.Position(fd.Pos()).Offset - len(prefix)
	if fd.Doc != nil {
		start = fset.Position(fd.Doc.Pos()).Offset - len(prefix)
	}
	return strings.TrimSpace(src[start : fset.Position(fd.Body.Lbrace).Offset-len(prefix)])
}
