package processes

import (
	"fmt"
	"sync/atomic"

	"gokernel/runtime/session"
)

// An error of a Process that nobody read is not lost: once the process
// has ended and the cell that started it has ended too, the error is
// printed into that cell's output (stderr), unless the cell read it.
//
// The error counts as read when
//   - Err was called after the process ended, or
//   - the error that Start, Join or Err returned was looked at: printed
//     (fmt.Println(err), log, %v), turned into text (err.Error()), or
//     examined with errors.Is or errors.As.
//
// So `p.Join()` alone, or `p, _ := processes.Start(...)`, leaves the error
// unread and it is printed; `if err := p.Join(); err != nil {
// fmt.Println(err) }` reads it. An error of a process the cell stopped
// itself (Terminate, Kill) or that an interrupt killed is never printed.
// Only a notebook session reports errors this way: a plain or %%run
// program has no cells, and its errors are where the program puts them.

// readMark records whether a process's error was read.
type readMark struct{ read atomic.Bool }

// procError is an error a Process returns: reading it marks it read.
type procError struct {
	err  error
	mark *readMark
}

func (e *procError) Error() string { e.mark.read.Store(true); return e.err.Error() }
func (e *procError) Unwrap() error { e.mark.read.Store(true); return e.err }

// watch wraps err (nil stays nil) so that reading it marks m.
func watch(err error, m *readMark) error {
	if err == nil {
		return nil
	}
	if pe, ok := err.(*procError); ok && pe.mark == m {
		return err
	}
	return &procError{err: err, mark: m}
}

// reportUnread prints err into cell once the cell has ended, unless it
// has been read by then.
func reportUnread(cell string, m *readMark, what string, err error) {
	session.AfterCell(cell, func() {
		if m.read.Load() {
			return
		}
		m.read.Store(true) // once
		session.Emit(session.Output{Cell: cell, Kind: "stream", Name: "stderr",
			Text: fmt.Sprintf("error: %s, and the cell did not read the error (p.Err(), or print what Start or Join returns):\n%v\n", what, err)})
	})
}
