package session

import (
	"bytes"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

// Output belongs to the cell that started the work. A goroutine a cell
// starts (its `go` statements, threads.Start) runs with that cell's id,
// and so do the goroutines it starts in turn: CurrentCell, inside them,
// is the starting cell even after that cell finished and while another
// one runs, so what they print, display, or start (processes, pools)
// lands under the cell that started them.
//
// Only the kernel's evaluator tracks goroutines (TrackWork): elsewhere
// (plain programs, compiled cells, child processes) BeginWork does
// nothing, and adds no synchronisation between goroutines that the race
// detector would take for a happens-before edge.

var (
	trackWork atomic.Bool
	workers   atomic.Int64 // goroutines registered with BeginWork
	workCells sync.Map     // goroutine id -> cell id
)

// TrackWork makes BeginWork record which cell each goroutine works for.
// The evaluator calls it once.
func TrackWork() { trackWork.Store(true) }

// BeginWork records that the calling goroutine does work of cell, until
// end is called (in the goroutine, when it returns). Start a goroutine
// for a cell as
//
//	cell := session.CurrentCell()
//	go func() {
//		defer session.BeginWork(cell)()
//		...
//	}()
func BeginWork(cell string) (end func()) {
	if !trackWork.Load() || cell == "" {
		return func() {}
	}
	id := goid()
	prev, had := workCells.Swap(id, cell)
	workers.Add(1)
	return func() {
		if had {
			workCells.Store(id, prev)
		} else {
			workCells.Delete(id)
		}
		workers.Add(-1)
	}
}

// WorkCell is the cell the calling goroutine works for (see BeginWork),
// or "" for a goroutine no cell started (the one running cells).
func WorkCell() string {
	if workers.Load() == 0 {
		return ""
	}
	if c, ok := workCells.Load(goid()); ok {
		return c.(string)
	}
	return ""
}

// goid is the id of the calling goroutine.
func goid() int64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	b := bytes.TrimPrefix(buf[:n], []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseInt(string(b), 10, 64)
	return id
}
