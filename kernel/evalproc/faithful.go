package evalproc

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"

	"gokernel/kernel/fidelity"
	"gokernel/kernel/gotool"
	"gokernel/kernel/magic"
	"gokernel/kernel/program"
)

// A cell the interpreter would run differently from Go (the fidelity
// guard stopped it) runs compiled instead, when that gives the same
// meaning: the go command is there, the cell is statements only (its
// declarations would not reach the session), it uses none of the
// session's variables (a compiled run sees their declared values, not
// their current ones), and it does not end in a value to show. Otherwise
// the guard's error stands, which says how to run the cell compiled.
// GOKERNEL_FIDELITY=guard keeps the error in every case.

// runFaithfully runs code compiled if err is the guard's and the cell
// qualifies; ran reports whether it did.
func (e *evaluator) runFaithfully(ctx context.Context, cell, code string, err error) (ran bool, runErr error) {
	var me *magic.Error
	if !errors.As(err, &me) || me.Name != fidelity.Name || os.Getenv("GOKERNEL_FIDELITY") == "guard" {
		return false, nil // guard: the error only (tests of the guard itself)
	}
	if _, tcErr := gotool.Find(); tcErr != nil || !statementsOnly(code) {
		return false, nil
	}
	src, perr := program.Main(e.sess.Declarations(), code, program.Options{})
	if perr != nil {
		return false, nil
	}
	for _, d := range src.Decls {
		if isVarDecl(d) {
			return false, nil
		}
	}
	env := e.magicEnv(ctx, cell)
	construct, _, _ := strings.Cut(me.Value, "\n")
	fmt.Fprintf(env.Stderr, "note: this cell ran compiled, as with %%%%run, because the interpreter cannot run it faithfully (%s); variables it defines are not kept in the session\n", construct)
	run, _ := e.magics.Lookup("run")
	_, runErr = run.Run(env, magic.Call{Name: "run", Cell: true, Body: code})
	return true, runErr
}

// statementsOnly reports whether code is statements with no top-level
// declaration and no final expression to show but a print.
func statementsOnly(code string) bool {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package p\nfunc _() {\n"+code+"\n}", parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return false
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	for _, st := range body {
		if _, ok := st.(*ast.DeclStmt); ok {
			return false
		}
	}
	if len(body) == 0 {
		return false
	}
	last, ok := body[len(body)-1].(*ast.ExprStmt)
	if !ok {
		return true
	}
	call, ok := last.X.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	pkg, isIdent := func() (*ast.Ident, bool) {
		if !ok {
			return nil, false
		}
		id, ok := sel.X.(*ast.Ident)
		return id, ok
	}()
	return isIdent && pkg.Name == "fmt" && strings.HasPrefix(sel.Sel.Name, "Print")
}

// isVarDecl reports whether a session declaration (with its line
// directive) declares variables.
func isVarDecl(d string) bool {
	if strings.HasPrefix(d, "/*line ") {
		if i := strings.Index(d, "*/"); i >= 0 {
			d = d[i+2:]
		}
	}
	return strings.HasPrefix(strings.TrimSpace(d), "var")
}
