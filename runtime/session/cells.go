package session

// The end of a cell. The evaluator calls EndCell after each cell it
// runs; AfterCell lets a runtime helper act once the cell that started
// some work has ended: runtime/processes reports there an error that the
// cell never read. Outside the evaluator (plain programs, %%run programs,
// child processes) no cell ends, and AfterCell says so.

var (
	cellsTracked bool                    // SetCurrentCell was called: an evaluator runs cells
	runningCell  string                  // the cell that runs now ("" between cells)
	afterCell    = map[string][]func(){} // by cell id
)

// EndCell tells that the cell with id has ended: the functions AfterCell
// queued for it run now, in order, before EndCell returns (so that what
// they print lands in that cell, before its reply).
//
//	session.SetCurrentCell(id)
//	run(code)
//	session.EndCell(id)
func EndCell(id string) {
	mu.Lock()
	if runningCell == id {
		runningCell = ""
	}
	fs := afterCell[id]
	delete(afterCell, id)
	mu.Unlock()
	if len(fs) > 0 {
		Flush() // what the cell printed comes first
	}
	for _, f := range fs {
		f()
	}
}

// AfterCell runs f once the cell with id has ended: at EndCell while that
// cell runs, at once (in the calling goroutine) when it has ended. It
// returns false, and never calls f, where no evaluator runs cells (a
// plain or %%run program, a child process), since no cell ever ends
// there.
//
//	if !session.AfterCell(session.CurrentCell(), report) {
//		// not in a notebook session
//	}
func AfterCell(id string, f func()) bool {
	mu.Lock()
	if !cellsTracked {
		mu.Unlock()
		return false
	}
	if id != "" && id == runningCell {
		afterCell[id] = append(afterCell[id], f)
		mu.Unlock()
		return true
	}
	mu.Unlock()
	f()
	return true
}

// HasKernel reports whether Emit reaches a notebook: the kernel's
// evaluator installed an emitter, or a program the kernel compiled
// (%%run) has the kernel's display socket. Otherwise displays print their
// text/plain form, so helpers that update a display often (progress
// bars) update it less often.
//
//	if !session.HasKernel() { interval = time.Second }
func HasKernel() bool {
	mu.Lock()
	defer mu.Unlock()
	return emitter != nil
}
