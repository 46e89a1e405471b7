package evalproc

import (
	"go/ast"
	"go/parser"
	"go/token"

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
				if sameEveryRun(d) {
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
	"filepath": true, "html": true, "url": true, "json": true, "list": true, "heap": true, "atomic": true}

// builtinCalls are predeclared functions and conversions to predeclared
// types.
var builtinCalls = map[string]bool{"len": true, "cap": true, "make": true, "new": true, "append": true,
	"min": true, "max": true, "complex": true, "real": true, "imag": true,
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true, "uint": true, "uint8": true,
	"uint16": true, "uint32": true, "uint64": true, "uintptr": true, "float32": true, "float64": true,
	"string": true, "byte": true, "rune": true, "bool": true, "any": true}

// sameEveryRun reports whether a var declaration's initializer calls only
// builtins and functions of deterministic packages (no function of the
// session, no clock, no randomness, no I/O).
func sameEveryRun(decl string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+decl, parser.SkipObjectResolution)
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
		switch fn := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			ok = builtinCalls[fn.Name]
		case *ast.SelectorExpr:
			pkg, isIdent := fn.X.(*ast.Ident)
			ok = isIdent && deterministic[pkg.Name]
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

// lazy are the functions of package sync that wrap a function without
// calling it.
var lazy = map[string]bool{"OnceFunc": true, "OnceValue": true, "OnceValues": true}
