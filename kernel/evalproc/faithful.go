package evalproc

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"slices"
	"strings"

	"gokernel/kernel/eval"
	"gokernel/kernel/fidelity"
	"gokernel/kernel/gotool"
	"gokernel/kernel/hybrid"
	"gokernel/kernel/magic"
	"gokernel/kernel/program"
)

// A cell that Go accepts but the interpreter cannot run as Go would runs
// compiled instead (kernel/compiled, as with %%run), with a note saying
// so. That happens when
//   - the fidelity guard stopped it (the interpreter would print
//     something else than Go),
//   - the interpreter refused it before running any of it (a generic
//     form, package or function it lacks), or
//   - it needs a declaration that only compiled runs have (below).
//
// A compiled run sees the session's declarations, not its variables'
// current values, and keeps no values: so the cell qualifies only if the
// session variables it uses are pristine (still the value their
// declaration gives, see pristine.go), its own package variables start
// the same on every run, and it does not end in a value to show. Its declarations (types, funcs, consts) become
// compiled-only declarations of the session (kernel/hybrid): later cells
// that need them run compiled too. A cell of declarations alone is not
// run at all, only kept. Where the cell does not qualify, its error
// stands, with what stops the compiled run and how to run it anyway.
// GOKERNEL_FIDELITY=guard keeps the guard's error in every case.

// compiledOnly are the session's declarations that only compiled runs
// have (one session per evaluator process).
var compiledOnly hybrid.Decls

// goDeclarations are the session's declarations as Go sees them: the
// interpreter's and the compiled-only ones.
func goDeclarations(s interface{ Declarations() []string }) []string {
	return compiledOnly.Merge(s.Declarations())
}

// refusal is why the interpreter refused a cell before running it, when
// Go accepts the cell (lastVerdict); ok is false for a cell that ran, or
// that Go rejects too.
func refusal(err error) (reason string, guard, ok bool) {
	var me *magic.Error
	if errors.As(err, &me) && me.Name == fidelity.Name {
		construct, _, _ := strings.Cut(me.Value, "\n")
		construct, _, _ = strings.Cut(construct, ": the interpreter cannot run this faithfully")
		return construct, true, true
	}
	var ee *eval.Error
	if errors.As(err, &ee) && ee.BeforeRun && lastVerdict.Checked {
		msg, _, _ := strings.Cut(ee.Value, "\n")
		for _, tail := range []string{"; run the cell compiled", "; Go features it lacks"} {
			if i := strings.Index(msg, tail); i >= 0 {
				msg = msg[:i]
			}
		}
		if inner, ok := strings.CutPrefix(msg, "the interpreter cannot compile this cell ("); ok {
			msg = strings.TrimSuffix(inner, ")")
		}
		return msg, false, true
	}
	return "", false, false
}

// notCompiled is the error of a cell that the interpreter cannot run and
// that cannot run compiled either, because of why.
func notCompiled(orig error, reason, why string) error {
	hint := fmt.Sprintf("Go accepts this cell, but the interpreter cannot run it, and it cannot run compiled in the session because %s. Run the work compiled in one cell that starts with %%%%run (it sees the session's declarations, not its variables).", why)
	if orig == nil {
		hint = fmt.Sprintf("Go accepts this cell, but the interpreter cannot run it (%s), and it cannot run compiled in the session because %s. Run the work compiled in one cell that starts with %%%%run (it sees the session's declarations, not its variables).", reason, why)
		return &magic.Error{Name: "NeedsCompiledRun", Value: hint}
	}
	info := errorInfo(orig)
	return &magic.Error{Name: info.Name, Value: info.Value + "\n" + hint, Traceback: append(info.Traceback, hint)}
}

// runCompiledCell runs code compiled for reason (see above) or returns
// the error that says why it cannot; orig is the interpreter's error
// (nil when the cell was sent here before the interpreter saw it).
func (e *evaluator) runCompiledCell(ctx context.Context, cell, code, reason string, guard bool, orig error) (map[string]any, error) {
	if guard && os.Getenv("GOKERNEL_FIDELITY") == "guard" {
		return nil, orig // the guard's error only (tests of the guard itself)
	}
	if _, err := gotool.Find(); err != nil {
		if orig != nil {
			// The error's own advice (run it compiled) needs a toolchain.
			info := errorInfo(orig)
			note := "This kernel has no Go toolchain to run it compiled: " + gotool.Hint + "."
			if guard {
				return nil, &magic.Error{Name: info.Name, Value: info.Value + "\n" + note, Traceback: append(info.Traceback, note)}
			}
			// The interpreter's own wording (CompileError: undefined type
			// for T) would blame a cell that Go accepts: say what it is,
			// and keep where the interpreter stopped.
			head := fmt.Sprintf("Go accepts this cell, but the interpreter cannot run it (%s)", reason)
			tb := slices.Clone(info.Traceback)
			if len(tb) == 0 {
				tb = []string{""}
			}
			tb[0] = "\x1b[0;31mNeedsCompiledRun\x1b[0m: " + head
			return nil, &magic.Error{Name: "NeedsCompiledRun", Value: head + ".\n" + note, Traceback: append(tb, note)}
		}
		return nil, notCompiled(nil, reason, "there is no Go toolchain ("+gotool.Hint+")")
	}
	c, err := program.Describe(code)
	if err != nil {
		if orig != nil {
			return nil, orig
		}
		return nil, err
	}
	if !c.Statements {
		var changing []string
		for _, d := range c.Decls {
			if dc, err := program.Describe(d); err == nil && len(dc.Vars) > 0 && !sameEveryRun(d, append(goDeclarations(e.sess), c.Decls...)) {
				changing = append(changing, dc.Vars...)
			}
		}
		if len(changing) > 0 {
			return nil, notCompiled(orig, reason, "it declares package variables ("+strings.Join(changing, ", ")+") whose initial values may differ from run to run, and compiled runs start afresh")
		}
	}
	env := e.magicEnv(ctx, cell)
	if !c.Statements {
		compiledOnly.Add(c.Decls)
		notePristine(nil, code)
		fmt.Fprintf(env.Stderr, "note: the interpreter cannot take these declarations (%s); they are kept for compiled runs, so cells that use %s run compiled, as with %%%%run\n",
			reason, strings.Join(c.Declared, ", "))
		return nil, nil
	}
	valueNotShown := false
	if lastVerdict.EndsInValue {
		if !endsInCall(code) {
			return nil, notCompiled(orig, reason, "it ends in a value to show (print it with fmt.Println instead)")
		}
		// A call: Go runs it and drops its results; the run cannot
		// give them back to show.
		valueNotShown = true
	}
	src, err := program.Main(goDeclarations(e.sess), code, program.Options{})
	if err != nil {
		if orig != nil {
			return nil, orig
		}
		return nil, err
	}
	var vars []string
	for _, d := range src.Decls {
		if dc, err := program.Describe(d); err == nil {
			for _, v := range dc.Vars {
				if !pristine[v] {
					vars = append(vars, v)
				}
			}
		}
	}
	if len(vars) > 0 {
		slices.Sort(vars)
		return nil, notCompiled(orig, reason, "it uses the session's variables ("+strings.Join(slices.Compact(vars), ", ")+"), whose current values a compiled run cannot see")
	}
	// The run may change what it uses: later compiled runs would start
	// from the declarations again, so those variables are no longer
	// pristine.
	defer notePristine(goDeclarations(e.sess), code)
	how := "the interpreter cannot run it (" + reason + ")"
	if guard {
		how = "the interpreter cannot run it faithfully (" + reason + ")"
	}
	kept := "variables it defines are not kept in the session"
	var decls []string
	for _, d := range c.Decls {
		if dc, err := program.Describe(d); err == nil && len(dc.Vars) == 0 {
			decls = append(decls, d)
		}
	}
	if len(decls) > 0 {
		kept = "its other declarations are kept for compiled runs; " + kept
	}
	if valueNotShown {
		kept += "; the results of its final call are not shown"
	}
	fmt.Fprintf(env.Stderr, "note: this cell ran compiled, as with %%%%run, because %s; %s\n", how, kept)
	if len(decls) > 0 {
		compiledOnly.Add(decls)
	}
	run, _ := e.magics.Lookup("run")
	_, runErr := run.Run(env, magic.Call{Name: "run", Cell: true, Body: code})
	return nil, runErr
}

// endsInCall reports a cell whose last statement is a call.
func endsInCall(code string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;func _(){"+code+"\n}", parser.SkipObjectResolution)
	if err != nil || len(f.Decls) == 0 {
		return false
	}
	fd, ok := f.Decls[len(f.Decls)-1].(*ast.FuncDecl)
	if !ok || fd.Body == nil || len(fd.Body.List) == 0 {
		return false
	}
	es, ok := fd.Body.List[len(fd.Body.List)-1].(*ast.ExprStmt)
	if !ok {
		return false
	}
	_, call := ast.Unparen(es.X).(*ast.CallExpr)
	return call
}

// keepCompiledOnly keeps the declarations of a whole program that ran
// compiled and that the interpreter refused (err) for compiled runs: the
// ones a replay dropped, or all of them. Variables among them must start
// the same on every run (compiled runs start afresh); they are pristine
// then, as the program's own run changed only its own copy.
func keepCompiledOnly(stderr io.Writer, decls []string, err error) {
	var ee *eval.Error
	refused := map[string]bool{}
	reason := ""
	if errors.As(err, &ee) && ee.Name == eval.DroppedName && len(ee.Dropped) > 0 {
		for _, d := range ee.Dropped {
			refused[d.Name] = true
		}
		reason = ee.Dropped[0].Err
	} else if r, _, _ := refusal(err); r != "" {
		reason = r
	} else {
		reason, _, _ = strings.Cut(err.Error(), "\n")
	}
	var kept, names, changing []string
	for _, d := range decls {
		c, derr := program.Describe(d)
		if derr != nil || len(c.Declared) == 0 {
			continue
		}
		if len(refused) > 0 && !slices.ContainsFunc(c.Declared, func(n string) bool { return refused[n] }) {
			continue // the interpreter has it
		}
		kept = append(kept, d)
		names = append(names, c.Declared...)
		if len(c.Vars) > 0 && !sameEveryRun(d, decls) {
			changing = append(changing, c.Vars...)
		}
	}
	if len(changing) > 0 || len(names) == 0 {
		fmt.Fprintf(stderr, "note: the program ran compiled, but the interpreter cannot take its declarations (%s), so later cells cannot use %s\n",
			reason, strings.Join(names, ", "))
		return
	}
	compiledOnly.Add(kept)
	for _, d := range kept {
		if c, derr := program.Describe(d); derr == nil {
			for _, v := range c.Vars {
				pristine[v] = true
			}
		}
	}
	fmt.Fprintf(stderr, "note: the interpreter cannot take the program's declarations of %s (%s); they are kept for compiled runs, so cells that use them run compiled, as with %%%%run\n",
		strings.Join(names, ", "), reason)
}
