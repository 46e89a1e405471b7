package processes

import (
	"fmt"
	"strings"
	"sync"

	"gokernel/runtime/session"
)

// Open pools. A pool keeps its worker processes until it is closed, also
// after the cell that made it has ended and when no variable holds it any
// more (a rerun of `pool := processes.NewPool(3)` makes a new pool; the
// old one still runs). So a cell that makes a pool while others are open
// gets a note saying so. Close a pool when its work is done:
//
//	pool := processes.NewPool(3)
//	results, err := pool.Map(square, []int{1, 2, 3})
//	pool.Close() // at the end of the cell
//
// or, in a function, with defer (a defer at the top level of a cell runs
// at once in this kernel's interpreter, not at the end of the cell):
//
//	func squares(xs []int) ([]any, error) {
//		pool := processes.NewPool(3)
//		defer pool.Close()
//		return pool.Map(square, xs)
//	}

var (
	openMu sync.Mutex
	open   []*Pool // made and neither closed nor terminated, oldest first
)

// OpenPools lists the pools that are neither closed nor terminated,
// oldest first, e.g. to close one that no variable holds any more.
//
//	for _, p := range processes.OpenPools() {
//		p.Close()
//	}
func OpenPools() []*Pool {
	openMu.Lock()
	defer openMu.Unlock()
	return append([]*Pool(nil), open...)
}

// opened records a new pool and notes the others still open.
func opened(p *Pool) {
	openMu.Lock()
	others := append([]*Pool(nil), open...)
	open = append(open, p)
	openMu.Unlock()
	if len(others) == 0 {
		return
	}
	workers := 0
	for _, o := range others {
		workers += o.size
	}
	what := fmt.Sprintf("%d other pools are", len(others))
	if len(others) == 1 {
		what = "another pool is"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "note: %s still open, with %d worker processes that keep running until it is closed. ", what, workers)
	b.WriteString("Close a pool when its work is done: pool.Close() at the end of the cell (defer pool.Close() only inside a function); ")
	b.WriteString("processes.OpenPools() lists the open ones, e.g. to close a pool no variable holds any more.\n")
	session.Emit(session.Output{Cell: session.CurrentCell(), Kind: "stream", Name: "stderr", Text: b.String()})
}

// closed forgets a pool that was closed or terminated.
func closed(p *Pool) {
	openMu.Lock()
	defer openMu.Unlock()
	for i, o := range open {
		if o == p {
			open = append(open[:i], open[i+1:]...)
			return
		}
	}
}
