package evalproc

import (
	"context"
	"errors"
	"io"
	"log"
	"os"
	"time"

	"gokernel/kernel/compiled"
	"gokernel/kernel/eval"
	"gokernel/kernel/magic"
	"gokernel/kernel/modules"
	"gokernel/kernel/native"
	"gokernel/runtime/processes"
	"gokernel/runtime/session"
)

// newSession starts the yaegi session of the evaluator, with the runtime
// helpers preloaded, stdin served by the kernel and fmt output buffered.
func newSession(stdin io.Reader, stdout io.Writer, stderr func() *os.File) (evalSession, error) {
	s, err := eval.New(eval.Options{Stdin: stdin, Stdout: stdout, StderrFile: stderr, Preload: true,
		GoPath: sessionModules.GoPath(), Sources: sessionModules.SourceFS(), Exports: sessionTimers.Exports()})
	if err != nil {
		return nil, err
	}
	session.SetRefGlobals(s.RefGlobals)
	return evalAdapter{s}, nil
}

// kernelLog is the kernel's log (fd 2), not a cell's stderr; nil outside
// the evaluator.
var kernelLog *log.Logger

// evalAdapter narrows *eval.Session to evalSession.
type evalAdapter struct{ *eval.Session }

func (a evalAdapter) Execute(ctx context.Context, code string) (map[string]any, error) {
	// A package the interpreter cannot load is refused with the reason
	// before yaegi tries it (and fails obscurely, or half-way).
	if err := sessionModules.Check(modules.Imports(code)); err != nil {
		return nil, importError(err)
	}
	start := time.Now()
	v, err := checkCell(goDeclarations(a.Session), a.Session.Globals, code)
	lastVerdict = v
	if err == nil && v.Lowered != "" {
		// Range-over-func loops as plain Go, which the interpreter runs.
		code = v.Lowered
	}
	if d := time.Since(start); d > 2*time.Second && kernelLog != nil {
		// Rare, and worth knowing why (a slow listing of export data).
		kernelLog.Printf("the type check of a cell took %v", d.Round(time.Millisecond))
	}
	if err != nil {
		return nil, err
	}
	res, err := a.Session.Execute(ctx, code)
	if err != nil {
		return nil, importError(err)
	}
	if err != nil || res == nil || !res.HasValue {
		return nil, err
	}
	return res.Data, nil
}

// sessionModules are the session's third-party modules (%go get); its
// go.mod is in the evaluator's TMPDIR (kernel/modules.DefaultDir), which
// lasts as long as the kernel.
var sessionModules = modules.New(modules.DefaultDir())

// workspace holds the evaluator's compiled programs (%%run, whole
// programs, native children); it lives in the evaluator's TMPDIR, which
// the kernel removes at shutdown. Its builds require the session's
// modules.
var workspace = func() *compiled.Workspace {
	w := compiled.NewWorkspace()
	w.UseModules(sessionModules.Requirements)
	return w
}()

// newMagics is the registry of the magics cells can use.
func newMagics() *magic.Registry {
	r := magic.NewRegistry()
	compiled.Register(r, workspace)
	modules.Register(r, sessionModules)
	return r
}

// startNativeChildren lets processes and pools run targets in compiled
// programs once built (kernel/native); log gets failed builds.
func startNativeChildren(log io.Writer) {
	mode := native.ModeFromEnv()
	if mode == native.Off {
		return
	}
	processes.SetNativeChildren(native.New(workspace, mode, log).Child)
}

// errorInfo describes err for the kernel, keeping the cell position and
// traceback of an *eval.Error or a magic's *magic.Error.
func errorInfo(err error) *ErrorInfo {
	var me *magic.Error
	if errors.As(err, &me) {
		tb := me.Traceback
		if tb == nil {
			tb = []string{me.Error()}
		}
		return &ErrorInfo{Name: me.Name, Value: me.Value, Traceback: tb}
	}
	if errors.Is(err, context.Canceled) {
		return &ErrorInfo{Name: "Interrupted", Value: "the cell was interrupted", Traceback: []string{"Interrupted: the cell was interrupted"}}
	}
	var ee *eval.Error
	if errors.As(err, &ee) {
		tb := ee.Traceback
		if tb == nil {
			tb = []string{ee.Name + ": " + ee.Value}
		}
		return &ErrorInfo{Name: ee.Name, Value: ee.Value, Traceback: tb}
	}
	return &ErrorInfo{Name: "Error", Value: err.Error(), Traceback: []string{"Error: " + err.Error()}}
}

// importError names the package and the reason when a cell's import of
// a module's package was refused or failed in the interpreter.
func importError(err error) error {
	var ie *modules.ImportError
	if errors.As(err, &ie) {
		return &magic.Error{Name: "ImportError", Value: ie.Error()}
	}
	var ee *eval.Error
	if errors.As(err, &ee) {
		if msg, ok := sessionModules.Explain(ee.Value); ok {
			return &magic.Error{Name: "ImportError", Value: msg}
		}
	}
	return err
}
