package evalproc

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"

	"gokernel/kernel/program"
)

// pristine are the session's package variables that still hold the value
// their declaration gives them: declared by a cell of declarations alone,
// with an initializer that gives the same value every time it runs, and
// used by no cell with statements since (directly or through the
// session's functions, interpreted or compiled). A compiled run, which
// runs the declarations afresh, sees exactly their values, so a cell
// using them can run compiled; any other session variable's current
// value is the interpreter's alone.
var pristine = map[string]bool{}

// notePristine updates pristine after code ran (or failed part way).
func notePristine(decls []string, code string) {
	c, err := program.Describe(code)
	if err != nil {
		return
	}
	if !c.Statements {
		for _, d := range c.Decls {
			dc, err := program.Describe(d)
			if err != nil {
				continue
			}
			for _, v := range dc.Vars {
				if sameEveryRun(d, append(decls, c.Decls...)) {
					pristine[v] = true
				} else {
					delete(pristine, v)
				}
			}
		}
		return
	}
	for _, v := range c.Vars {
		delete(pristine, v)
	}
	if len(pristine) == 0 {
		return
	}
	src, err := program.Main(decls, code, program.Options{})
	if err != nil {
		clear(pristine) // what it used is not known
		return
	}
	for _, d := range src.Decls {
		if dc, err := program.Describe(d); err == nil {
			for _, v := range dc.Vars {
				delete(pristine, v)
			}
		}
	}
}

// deterministic are packages whose functions give the same result for the
// same arguments and change nothing outside (as far as an initializer
// goes): errors.New makes a new error, but an equal one.
var deterministic = map[string]bool{"errors": true, "fmt": true, "strings": true, "strconv": true,
	"sync": true, "math": true, "sort": true, "slices": true, "maps": true, "bytes": true,
	"unicode": true, "utf8": true, "regexp": true, "cmp": true, "context": true, "big": true, "path": true,
	"filepath": true, "html": true, "url": true, "json": true, "list": true, "heap": true, "atomic": true,
	"template": true, "base64": true, "hex": true, "sha256": true, "sha1": true, "md5": true, "fnv": true,
	"crc32": true, "cmplx": true, "bits": true, "utf16": true, "netip": true, "tabwriter": true, "csv": true,
	"ring": true, "iter": true}

// pureTime are the functions of package time that give the same value
// for the same arguments (time.Now and the timers do not).
var pureTime = map[string]bool{"Date": true, "Parse": true, "ParseDuration": true, "Unix": true,
	"UnixMilli": true, "UnixMicro": true, "FixedZone": true}

// builtinCalls are predeclared functions and conversions to predeclared
// types.
var builtinCalls = map[string]bool{"len": true, "cap": true, "make": true, "new": true, "append": true,
	"copy": true, "delete": true, "clear": true, "panic": true, // a panic would come again, the same
	"min": true, "max": true, "complex": true, "real": true, "imag": true,
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true, "uint": true, "uint8": true,
	"uint16": true, "uint32": true, "uint64": true, "uintptr": true, "float32": true, "float64": true,
	"string": true, "byte": true, "rune": true, "bool": true, "any": true}

// sameEveryRun reports whether a var declaration's initializer calls only
// builtins, functions of deterministic packages (no clock, no randomness,
// no I/O) and functions among context (the session's declarations) that
// do the same (pureFunc), or is a function literal called at once whose
// body does (`var byName = func() map[string]Op {...}()`).
func sameEveryRun(decl string, context []string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+decl, 0) // resolves the literals' locals
	if err != nil {
		return false
	}
	ok := true
	var check func(n ast.Node) bool
	check = func(n ast.Node) bool {
		call, isCall := n.(*ast.CallExpr)
		if !isCall || !ok {
			return ok
		}
		switch fn := uninstantiated(call.Fun).(type) {
		case *ast.Ident:
			ok = builtinCalls[fn.Name] || typeName(fn.Name, context) || pureFunc(fn.Name, context, map[string]bool{})
		case *ast.FuncLit:
			ok = fn.Type.Params.NumFields() == 0 && len(call.Args) == 0 && pureBody(fn.Body, context, map[string]bool{})
			return false // its body is checked
		case *ast.SelectorExpr:
			if _, chained := ast.Unparen(fn.X).(*ast.CallExpr); chained {
				// A method of what a call gives (template.New("p").Parse):
				// as deterministic as that call, which is checked next.
				return true
			}
			pkg, isIdent := fn.X.(*ast.Ident)
			ok = isIdent && (deterministic[pkg.Name] || pkg.Name == "time" && pureTime[fn.Sel.Name]) && !printing(pkg.Name, fn.Sel.Name)
			if ok && pkg.Name == "sync" && lazy[fn.Sel.Name] {
				// The function given runs at the first call, not here.
				for _, a := range call.Args {
					if _, lit := a.(*ast.FuncLit); !lit {
						ast.Inspect(a, func(n ast.Node) bool { return ok && check(n) })
					}
				}
				return false
			}
		case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType, *ast.StructType, *ast.StarExpr:
			// a conversion to a type literal
		default:
			ok = false
		}
		return ok
	}
	ast.Inspect(f, check)
	return ok
}

// pureFunc reports whether the function name of context (the session's
// declarations) gives the same result every run when an initializer
// calls it: its body calls builtins, deterministic packages (but does not
// print), methods of its own variables and of package variables (which a
// compiled run sets up as the session did), and functions that do the
// same; it starts no goroutine.
func pureFunc(name string, context []string, seen map[string]bool) bool {
	if seen[name] {
		return true // recursion: the other calls decide
	}
	seen[name] = true
	var fd *ast.FuncDecl
	for _, d := range context {
		if !strings.Contains(d, "func "+name) {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+d, 0) // resolves locals
		if err != nil {
			continue
		}
		for _, decl := range f.Decls {
			if x, ok := decl.(*ast.FuncDecl); ok && x.Recv == nil && x.Name.Name == name && x.Body != nil {
				fd = x
			}
		}
	}
	if fd == nil {
		return false
	}
	return pureBody(fd.Body, context, seen)
}

// pureBody is what pureFunc asks of a function's body.
func pureBody(body *ast.BlockStmt, context []string, seen map[string]bool) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch x := n.(type) {
		case *ast.GoStmt:
			ok = false
		case *ast.CallExpr:
			switch fn := uninstantiated(x.Fun).(type) {
			case *ast.Ident:
				ok = fn.Obj != nil || builtinCalls[fn.Name] || typeName(fn.Name, context) || pureFunc(fn.Name, context, seen)
			case *ast.SelectorExpr:
				if id, isIdent := fn.X.(*ast.Ident); isIdent && id.Obj == nil {
					ok = !printing(id.Name, fn.Sel.Name) && !nondeterministic[id.Name]
				}
			case *ast.FuncLit, *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType, *ast.StructType, *ast.StarExpr:
			default:
				ok = false
			}
		}
		return ok
	})
	return ok
}

// uninstantiated is a called function without its type arguments:
// NewCache for NewCache[string, int].
func uninstantiated(fun ast.Expr) ast.Expr {
	fun = ast.Unparen(fun)
	switch x := fun.(type) {
	case *ast.IndexExpr:
		return ast.Unparen(x.X)
	case *ast.IndexListExpr:
		return ast.Unparen(x.X)
	}
	return fun
}

// typeName reports a type that context (the session's declarations)
// declares: a call of it is a conversion.
func typeName(name string, context []string) bool {
	for _, d := range context {
		if !strings.Contains(d, "type "+name) {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+d, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, decl := range f.Decls {
			if g, ok := decl.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				for _, sp := range g.Specs {
					if sp.(*ast.TypeSpec).Name.Name == name {
						return true
					}
				}
			}
		}
	}
	return false
}

// printing reports fmt's functions that print or read: a compiled run
// would print again.
func printing(pkg, name string) bool {
	return pkg == "fmt" && (strings.HasPrefix(name, "Print") || strings.HasPrefix(name, "Fprint") || strings.Contains(name, "Scan"))
}

// nondeterministic are packages whose functions may give another result
// each run, or act on the world (and gokernel's runtime packages, which
// start threads and processes).
var nondeterministic = map[string]bool{"time": true, "rand": true, "os": true, "io": true, "bufio": true,
	"net": true, "http": true, "exec": true, "runtime": true, "syscall": true, "signal": true, "ioutil": true,
	"log": true, "user": true, "debug": true, "unsafe": true, "fs": true, "threads": true, "processes": true,
	"shared": true, "queues": true, "display": true, "session": true}

// lazy are the functions of package sync that wrap a function without
// calling it.
var lazy = map[string]bool{"OnceFunc": true, "OnceValue": true, "OnceValues": true}
