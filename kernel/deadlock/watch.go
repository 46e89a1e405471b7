package deadlock

import (
	"go/scanner"
	"go/token"
	"runtime"
	"sync"
	"time"
)

// Sampling: the first look comes soon (a learner's deadlock is usually
// immediate), later ones less often, since each stops the world for a
// moment; a verdict needs three looks in a row, confirmAfter and then
// confirmAgain apart, that see the same waiting goroutines (a program
// making progress starts or ends some; under load, two looks of a busy
// pipeline once both saw every goroutine waiting).
const (
	firstLook    = 200 * time.Millisecond
	maxInterval  = 2 * time.Second
	confirmAfter = 300 * time.Millisecond
	confirmAgain = time.Second
	// maxGoroutines bounds the dump: with more, no look is taken.
	maxGoroutines = 10000
)

// Watch looks at the process's goroutines until Stop, and calls found
// once (from its own goroutine) when they are deadlocked.
type Watch struct {
	stop chan struct{}
	done chan struct{}
	mu   sync.Mutex
	rep  *Report

	timers *Timers
}

// Start starts watching; found runs when a deadlock is seen. While a
// timer of timers (nil for none) is pending, waits are not a deadlock.
func Start(found func(Report), timers *Timers) *Watch {
	w := &Watch{stop: make(chan struct{}), done: make(chan struct{}), timers: timers}
	go w.run(found)
	return w
}

// Stop ends the watch and returns the deadlock it reported, if any.
func (w *Watch) Stop() *Report {
	close(w.stop)
	<-w.done
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.rep
}

func (w *Watch) run(found func(Report)) {
	defer close(w.done)
	wait := firstLook
	var buf []byte
	for {
		if !w.sleep(wait) {
			return
		}
		wait = min(2*wait, maxInterval)
		var ok bool
		var first, rep Report
		if first, buf, ok = w.look(buf); !ok {
			continue
		}
		for _, d := range []time.Duration{confirmAfter, confirmAgain} {
			if !w.sleep(d) {
				return
			}
			if rep, buf, ok = w.look(buf); !ok || !sameGoroutines(first, rep) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		w.mu.Lock()
		w.rep = &rep
		w.mu.Unlock()
		found(rep)
		return
	}
}

// sameGoroutines reports whether two reports name the same goroutines
// in the same states.
func sameGoroutines(a, b Report) bool {
	if len(a.Waits) != len(b.Waits) {
		return false
	}
	for i := range a.Waits {
		if a.Waits[i] != b.Waits[i] {
			return false
		}
	}
	return true
}

func (w *Watch) sleep(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-w.stop:
		return false
	case <-t.C:
		return true
	}
}

// look reports whether the process is deadlocked now; buf is scratch
// space, returned for the next look.
func (w *Watch) look(buf []byte) (Report, []byte, bool) {
	if runtime.NumGoroutine() > maxGoroutines || (w.timers != nil && w.timers.Pending()) {
		return Report{}, buf, false
	}
	buf = dump(buf)
	rep, ok := Check(Parse(buf))
	return rep, buf, ok
}

// dump is runtime.Stack of every goroutine, in a buffer grown to fit.
func dump(buf []byte) []byte {
	if cap(buf) < 64<<10 {
		buf = make([]byte, 64<<10)
	}
	buf = buf[:cap(buf)]
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// usesSelector reports whether Go source src selects name (x.name). It
// reads tokens, not types, so it also answers for half-typed text, and
// errs on the side of yes.
func usesSelector(src, name string) bool {
	var s scanner.Scanner
	fset := token.NewFileSet()
	b := []byte(src)
	s.Init(fset.AddFile("", -1, len(b)), b, nil, 0)
	prevPeriod := false
	for {
		_, tok, lit := s.Scan()
		switch tok {
		case token.EOF:
			return false
		case token.IDENT:
			if prevPeriod && lit == name {
				return true
			}
		}
		prevPeriod = tok == token.PERIOD
	}
}
