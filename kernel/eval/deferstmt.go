package eval

import (
	"context"
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"time"
)

// A defer at the top level of a cell belongs to the cell, as a defer in
// main belongs to main: it runs when the cell ends, in LIFO order, also
// after a panic or an interrupt. The cell's statements run in several
// functions (a `:=` must make globals), so `defer F(A)` becomes
// `{ f, a := F, A; __gk_defers = append(__gk_defers, func() { f(a) }) }`
// (F and A evaluated at the defer, as Go does) and the cell ends with
// deferDrain, which runs the list.
const deferList = tmpPrefix + "defers"

// deferDecl declares the list; a cell with top-level defers compiles it
// first, so every such cell starts with an empty list.
const deferDecl = "var " + deferList + " []func()"

// deferDrain runs the cell's deferred calls, the last first; each runs
// even if a later one panicked, and the panic goes on, as in Go. (A
// recover() in them cannot stop a panic of the cell: the cell already
// ended with it.)
const deferDrain = "(func() { " + tmpPrefix + "d := " + deferList + "; " + deferList + " = nil; var " + tmpPrefix + "r func(int); " +
	tmpPrefix + "r = func(i int) { if i < 0 { return }; defer " + tmpPrefix + "r(i - 1); " + tmpPrefix + "d[i]() }; " +
	tmpPrefix + "r(len(" + tmpPrefix + "d) - 1) })()"

// topDefers are the defer statements of root outside any function.
func topDefers(root *ast.BlockStmt) map[*ast.DeferStmt]bool {
	return topLevel[*ast.DeferStmt](root)
}

// topLevel are the nodes of type T in root outside any function.
func topLevel[T interface {
	comparable
	ast.Node
}](root *ast.BlockStmt) map[T]bool {
	out := map[T]bool{}
	if root == nil {
		return out
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		}
		if x, ok := n.(T); ok {
			out[x] = true
		}
		return true
	})
	return out
}

// hasTopDefers reports a defer at the top level of one of c's statements.
func (c *cell) hasTopDefers() bool {
	for i, u := range c.units {
		if u.kind == kindStmt && len(topDefers(c.parsed[i].body)) > 0 {
			return true
		}
	}
	return false
}

// cellDefer rewrites a top-level `defer` of a builtin without arguments
// (goDefer does the others): `defer println()`.
func (r *rewriter) cellDefer(kw token.Pos, call *ast.CallExpr) {
	k := r.p.off(kw)
	r.add(k, k+len("defer"), deferList+" = append("+deferList+", func() {")
	e := r.p.off(call.End())
	r.add(e, e, " })")
}

// cellDeferCall is the end of goDefer's rewrite for a top-level defer.
func cellDeferCall(inv string) string {
	return "; " + deferList + " = append(" + deferList + ", func() { " + inv + " }) }"
}

// runDefers runs the drain chunk of chunks, if any. After an interrupt
// it runs too, with deferGrace to finish, but yaegi has stopped the
// functions the cell's statements ran in, and a closure made there (every
// deferred call of a statement group) returns at once: an interrupted
// cell's defers do not run yet.
func (s *Session) runDefers(ctx context.Context, chunks []chunk) error {
	for _, ch := range chunks {
		if !ch.drain {
			continue
		}
		if ctx.Err() != nil {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(context.Background(), deferGrace)
			defer cancel()
		}
		_, err := s.runChunk(ctx, ch.prog)
		if debug {
			fmt.Fprintf(os.Stderr, "eval: defers: %v (cell ctx %v)\n", err, ctx.Err())
		}
		return err
	}
	return nil
}

// deferGrace bounds the deferred calls of an interrupted cell.
const deferGrace = 2 * time.Second
