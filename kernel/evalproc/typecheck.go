package evalproc

import (
	"errors"
	"slices"

	"gokernel/kernel/eval"
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
		cellCheck = typecheck.New(opt)
	}
}

// checkCell returns Go's own compile error for a cell Go would reject,
// before it runs; nil when the cell is fine or cannot be checked.
func checkCell(s *eval.Session, code string) error {
	if cellCheck == nil || cellCheck.Off() != nil {
		return nil
	}
	err := cellCheck.Check(s.Declarations(), code, func(name string) bool {
		return slices.Contains(s.Globals(), name)
	})
	var te *typecheck.Error
	if errors.As(err, &te) {
		return &magic.Error{Name: te.Name, Value: te.Value, Traceback: te.Traceback}
	}
	return nil
}
