package evalproc

import (
	"context"
	"os"

	"gokernel/kernel/deadlock"
	"gokernel/kernel/magic"
	"gokernel/runtime/session"
)

// executeWatched runs an interpreted cell with a deadlock watch: when
// every goroutine of the session waits (Go's "all goroutines are asleep"),
// the cell stops with Go's fatal error instead of hanging until
// interrupted. GOKERNEL_DEADLOCK=off turns the watch off.
func (e *evaluator) executeWatched(ctx context.Context, cell, code string) (map[string]any, error) {
	if os.Getenv("GOKERNEL_DEADLOCK") == "off" {
		return e.sess.Execute(ctx, code)
	}
	run, stop := context.WithCancel(ctx)
	defer stop()
	w := deadlock.Start(func(deadlock.Report) { stop() }, sessionTimers)
	res, err := e.sess.Execute(run, code)
	rep := w.Stop()
	if rep == nil || ctx.Err() != nil {
		return res, err
	}
	// What the cell's goroutines wait for in the runtime's helpers
	// (threads, queues) is released, as an interrupt does.
	session.StopCell(cell)
	return nil, deadlockError(*rep)
}

// sessionTimers are the timers the session's code started, in this
// process: while one may still fire, a goroutine that waits may be woken
// by it, so no deadlock is reported. A %reset keeps them: the goroutines
// of the old session's cells still run.
var sessionTimers = deadlock.NewTimers()

// noteTimers reads the session's code for what the interpreter's symbols
// cannot see: a timer's Reset.
func (e *evaluator) noteTimers(code string) { sessionTimers.Note(code) }

// deadlockError is Go's fatal error, with what each goroutine waits on.
func deadlockError(rep deadlock.Report) error {
	const value = "all goroutines are asleep - deadlock!"
	tb := []string{red + "fatal error" + reset + ": " + value}
	if s := rep.States(); s != "" {
		tb = append(tb, "Goroutines waiting: "+s)
	}
	tb = append(tb, deathHint(value), "The cell was stopped, as an interrupt stops it.")
	return &magic.Error{Name: "fatal error", Value: value, Traceback: tb}
}
