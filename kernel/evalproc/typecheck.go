package evalproc

import (
	"errors"
	"fmt"
	"os"
	"slices"

	"gokernel/kernel/eval"
	"gokernel/kernel/fidelity"
	"gokernel/kernel/magic"
	"gokernel/kernel/typecheck"
)

// cellCheck type-checks cells with go/types before the interpreter runs
// them (nil: GOKERNEL_TYPECHECK=off, or not an evaluator).
var cellCheck *typecheck.Checker

// startTypecheck starts loading export data in the background; cells run
// unchecked until it is there (GOKERNEL_TYPECHECK=wait: they wait).
func startTypecheck() {
	if opt, on := typecheck.OptionsFromEnv(); on {
		opt.Hint = eval.PythonHint
		if os.Getenv("GOKERNEL_FIDELITY") != "off" {
			// Cells the interpreter would run differently from Go fail
			// before they run (kernel/fidelity).
			opt.Guard = fidelity.Guard
		}
		cellCheck = typecheck.New(opt)
	}
}

// checkCell returns Go's own compile error for a cell Go would reject,
// before it runs; nil when the cell is fine or cannot be checked. decls
// are the session's declarations as Go sees them (goDeclarations).
func checkCell(decls []string, globals func() []string, code string) (typecheck.Verdict, error) {
	if cellCheck == nil || cellCheck.Off() != nil {
		return typecheck.Verdict{}, nil
	}
	v, err := cellCheck.Verify(decls, code, func(name string) bool {
		return slices.Contains(globals(), name)
	})
	var te *typecheck.Error
	if errors.As(err, &te) {
		if log := os.Getenv("GOKERNEL_TYPECHECK_LOG"); log != "" {
			// Every rejected cell, to review a test run for false positives.
			if f, err := os.OpenFile(log, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
				fmt.Fprintf(f, "=== %s\n%s\n", te.All, code)
				f.Close()
			}
		}
		return v, &magic.Error{Name: te.Name, Value: te.Value, Traceback: te.Traceback}
	}
	return v, nil
}

// lastVerdict is the verdict of the last cell the session checked (cells
// run one at a time, under the evaluator's work lock).
var lastVerdict typecheck.Verdict

// typesComplete answers `x.prefix` from Go's types (fields and methods,
// pointer-receiver ones of addressable values); ok is false when it
// cannot, and the session answers.
func typesComplete(s evalSession, code string, cursor int) (matches, kinds []string, start, end int, ok bool) {
	if cellCheck == nil || magic.HasMagic(code) {
		return nil, nil, 0, 0, false
	}
	return cellCheck.Complete(goDeclarations(s), code, cursor)
}

// typesInspect describes the expression at the cursor from Go's types,
// for what the session's inspect does not find.
func typesInspect(s evalSession, code string, cursor int) (bool, map[string]any) {
	if cellCheck == nil || magic.HasMagic(code) {
		return false, nil
	}
	text, ok := cellCheck.Inspect(goDeclarations(s), code, cursor)
	if !ok {
		return false, nil
	}
	return true, map[string]any{"text/plain": text}
}
