package eval

import (
	"errors"
	"go/ast"

	"github.com/traefik/yaegi/interp"
)

// A return at the top level of a cell ends the cell, as a return in main
// ends main: what follows does not run, the cell's deferred calls do, and
// the cell succeeds. (yaegi ignored it: the statements after it ran.) The
// statements run in several functions, so the rewrite makes it
// __gk.Return(), which panics with cellReturn; executeOnce stops at that
// panic, runs the deferred calls and reports the cell done. (A recover in
// a deferred call of the cell cannot see it: those run after the cell.)
type cellReturn struct{}

// topReturns are the return statements of root outside any function.
func topReturns(root *ast.BlockStmt) map[*ast.ReturnStmt]bool {
	return topLevel[*ast.ReturnStmt](root)
}

// returned reports the panic of a cell's top-level return.
func returned(err error) bool {
	var p interp.Panic
	var pp *interp.Panic
	switch {
	case errors.As(err, &p):
		_, ok := p.Value.(cellReturn)
		return ok
	case errors.As(err, &pp):
		_, ok := pp.Value.(cellReturn)
		return ok
	}
	return false
}
