package deadlock

import (
	"context"
	"os"
	"os/signal"
	"reflect"
	"sync"
	"time"
)

// Timers follows the timers that the session's code starts, since a wait
// that one of them can end is not a deadlock (Go's runtime also counts
// pending timers before it reports one). Timers that fire once at a known
// time (time.After, time.NewTimer, time.AfterFunc, context deadlines) keep
// the watch quiet until that time has passed; a ticker, a signal, or a
// timer that can be reset keep it quiet for the rest of the session, as
// their end cannot be seen from outside.
//
// It works through Exports, the interpreter's symbols of those functions,
// which record what a call starts and then call the real one, and
// through Note, which reads the session's code for a timer's Reset.
type Timers struct {
	mu      sync.Mutex
	until   time.Time // the latest time a one-shot timer fires
	made    bool      // a *time.Timer was made (NewTimer, AfterFunc)
	reset   bool      // the session's code calls a Reset method
	forever bool      // a ticker or a signal
	now     func() time.Time
}

// settle is how long after a timer fires its waiter still counts as
// woken: the goroutine it wakes needs to be scheduled.
const settle = 500 * time.Millisecond

// NewTimers returns a tracker with no timer started.
func NewTimers() *Timers { return &Timers{now: time.Now} }

// Pending reports whether a timer the session started may still wake a
// goroutine.
func (t *Timers) Pending() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.forever || (t.made && t.reset) || t.now().Before(t.until.Add(settle))
}

// Note reads code the session runs: a Reset method call makes a timer's
// end unknown (a Timer's Reset starts it again).
func (t *Timers) Note(code string) {
	if usesSelector(code, "Reset") {
		t.mu.Lock()
		t.reset = true
		t.mu.Unlock()
	}
}

func (t *Timers) fires(d time.Duration) {
	t.firesAt(t.now().Add(d))
}

func (t *Timers) firesAt(at time.Time) {
	t.mu.Lock()
	if at.After(t.until) {
		t.until = at
	}
	t.mu.Unlock()
}

func (t *Timers) timerMade(d time.Duration) {
	t.mu.Lock()
	t.made = true
	t.mu.Unlock()
	t.fires(d)
}

func (t *Timers) repeats() {
	t.mu.Lock()
	t.forever = true
	t.mu.Unlock()
}

// Exports are time's, context's and os/signal's functions that start a
// timer or wait for a signal, in the interpreter's form ("import path/
// package name" to symbols), each recording what it starts.
func (t *Timers) Exports() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		"time/time": {
			"After": reflect.ValueOf(func(d time.Duration) <-chan time.Time {
				t.fires(d)
				return time.After(d)
			}),
			"NewTimer": reflect.ValueOf(func(d time.Duration) *time.Timer {
				t.timerMade(d)
				return time.NewTimer(d)
			}),
			"AfterFunc": reflect.ValueOf(func(d time.Duration, f func()) *time.Timer {
				t.timerMade(d)
				return time.AfterFunc(d, f)
			}),
			"NewTicker": reflect.ValueOf(func(d time.Duration) *time.Ticker {
				t.repeats()
				return time.NewTicker(d)
			}),
			"Tick": reflect.ValueOf(func(d time.Duration) <-chan time.Time {
				t.repeats()
				return time.Tick(d)
			}),
		},
		"context/context": {
			"WithTimeout": reflect.ValueOf(func(parent context.Context, d time.Duration) (context.Context, context.CancelFunc) {
				t.fires(d)
				return context.WithTimeout(parent, d)
			}),
			"WithTimeoutCause": reflect.ValueOf(func(parent context.Context, d time.Duration, cause error) (context.Context, context.CancelFunc) {
				t.fires(d)
				return context.WithTimeoutCause(parent, d, cause)
			}),
			"WithDeadline": reflect.ValueOf(func(parent context.Context, at time.Time) (context.Context, context.CancelFunc) {
				t.firesAt(at)
				return context.WithDeadline(parent, at)
			}),
			"WithDeadlineCause": reflect.ValueOf(func(parent context.Context, at time.Time, cause error) (context.Context, context.CancelFunc) {
				t.firesAt(at)
				return context.WithDeadlineCause(parent, at, cause)
			}),
		},
		"os/signal/signal": {
			"Notify": reflect.ValueOf(func(c chan<- os.Signal, sig ...os.Signal) {
				t.repeats()
				signal.Notify(c, sig...)
			}),
			"NotifyContext": reflect.ValueOf(func(parent context.Context, sig ...os.Signal) (context.Context, context.CancelFunc) {
				t.repeats()
				return signal.NotifyContext(parent, sig...)
			}),
		},
	}
}
