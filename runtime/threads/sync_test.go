package threads_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"gokernel/runtime/session"
	"gokernel/runtime/threads"
)

const short = 20 * time.Millisecond

func TestLock(t *testing.T) {
	var l threads.Lock // the zero value is usable
	if l.Locked() {
		t.Fatal("zero Lock is locked")
	}
	l.Acquire()
	if !l.Locked() || l.TryAcquire() || l.AcquireTimeout(short) {
		t.Fatal("a held Lock was acquired again")
	}
	// another thread may release it (as in Python)
	threads.Start(l.Release).Join()
	if !l.TryAcquire() {
		t.Fatal("TryAcquire failed on a free Lock")
	}
	l.Release()
	mustPanic(t, "Release of an unlocked Lock", l.Release)
	if l.AcquireTimeout(-time.Second) != true {
		t.Fatal("AcquireTimeout with a negative duration did not take a free lock")
	}
}

// The lock makes a read-modify-write on shared memory exact.
func TestLockExcludes(t *testing.T) {
	l := threads.NewLock()
	counter := 0
	var ts []*threads.Thread
	for g := 0; g < 8; g++ {
		ts = append(ts, threads.Start(func() {
			for i := 0; i < 2000; i++ {
				l.Acquire()
				counter++
				l.Release()
			}
		}))
	}
	for _, th := range ts {
		th.Join()
	}
	if counter != 16000 {
		t.Fatalf("counter = %d, want 16000", counter)
	}
}

func TestLockWaiterWokenByRelease(t *testing.T) {
	l := threads.NewLock()
	l.Acquire()
	got := make(chan bool)
	threads.Start(func() { got <- l.AcquireTimeout(long) })
	time.Sleep(short) // let it queue (the result does not depend on this)
	l.Release()
	if !<-got {
		t.Fatal("waiter did not get the released lock")
	}
	if !l.Locked() {
		t.Fatal("lock not held by the waiter")
	}
}

func TestRLock(t *testing.T) {
	r := threads.NewRLock()
	r.Acquire()
	r.Acquire()
	if !r.TryAcquire() || !r.AcquireTimeout(short) {
		t.Fatal("holder could not re-enter")
	}
	other := func(f func() bool) bool {
		ch := make(chan bool)
		threads.Start(func() { ch <- f() })
		return <-ch
	}
	if other(r.TryAcquire) {
		t.Fatal("another thread acquired a held RLock")
	}
	if other(func() bool { return r.AcquireTimeout(short) }) {
		t.Fatal("another thread acquired a held RLock with a timeout")
	}
	msg := make(chan any)
	threads.Start(func() { defer func() { msg <- recover() }(); r.Release() })
	if m := <-msg; m == nil {
		t.Fatal("another thread released the RLock without a panic")
	}
	for i := 0; i < 3; i++ {
		r.Release()
	}
	if !r.Locked() || other(r.TryAcquire) {
		t.Fatal("RLock free before the last Release")
	}
	r.Release()
	if r.Locked() {
		t.Fatal("RLock held after every Release")
	}
	mustPanic(t, "not held", r.Release)
	ok := make(chan bool)
	th := threads.Start(func() { ok <- r.TryAcquire() })
	if !<-ok {
		t.Fatal("another thread could not take a free RLock")
	}
	th.Join()
	if !r.Locked() {
		t.Fatal("not locked by the other thread")
	}
}

func TestSemaphore(t *testing.T) {
	s := threads.NewSemaphore(2)
	if !s.TryAcquire() || !s.TryAcquire() || s.TryAcquire() || s.AcquireTimeout(short) {
		t.Fatal("semaphore of 2 gave out a third slot")
	}
	s.Release()
	s.Release()
	s.Release() // unbounded: allowed
	if s.Value() != 3 {
		t.Fatalf("Value = %d, want 3", s.Value())
	}
	mustPanic(t, "must be >= 0", func() { threads.NewSemaphore(-1) })
	var zero threads.Semaphore
	if !zero.TryAcquire() || zero.TryAcquire() {
		t.Fatal("zero Semaphore does not have exactly 1 slot")
	}

	b := threads.NewBoundedSemaphore(2)
	b.Acquire()
	b.Release()
	mustPanic(t, "released too many times", b.Release)
	if b.Value() != 2 {
		t.Fatalf("bounded Value = %d", b.Value())
	}
	mustPanic(t, "must be >= 1", func() { threads.NewBoundedSemaphore(0) })
}

// At most n threads are ever inside a Semaphore(n).
func TestSemaphoreLimitsConcurrency(t *testing.T) {
	s := threads.NewBoundedSemaphore(3)
	var inside, most atomic.Int32
	var ts []*threads.Thread
	for g := 0; g < 10; g++ {
		ts = append(ts, threads.Start(func() {
			for i := 0; i < 50; i++ {
				s.Acquire()
				n := inside.Add(1)
				for {
					m := most.Load()
					if n <= m || most.CompareAndSwap(m, n) {
						break
					}
				}
				time.Sleep(10 * time.Microsecond)
				inside.Add(-1)
				s.Release()
			}
		}))
	}
	for _, th := range ts {
		th.Join()
	}
	if most.Load() > 3 || most.Load() < 1 {
		t.Fatalf("max inside = %d", most.Load())
	}
	if s.Value() != 3 {
		t.Fatalf("slots after all released = %d", s.Value())
	}
}

func TestEvent(t *testing.T) {
	var e threads.Event
	if e.IsSet() || e.WaitTimeout(short) {
		t.Fatal("zero Event is set")
	}
	waiting := make(chan struct{})
	var woken atomic.Int32
	var ts []*threads.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, threads.Start(func() { waiting <- struct{}{}; e.Wait(); woken.Add(1) }))
	}
	for i := 0; i < 3; i++ {
		<-waiting
	}
	e.Set()
	for _, th := range ts {
		th.Join()
	}
	if woken.Load() != 3 || !e.IsSet() || !e.WaitTimeout(0) {
		t.Fatal("Set did not wake every waiter")
	}
	e.Clear()
	if e.IsSet() || e.WaitTimeout(short) {
		t.Fatal("Clear did not reset the Event")
	}
}

func TestCondition(t *testing.T) {
	c := threads.NewCondition(nil)
	var items []int
	got := make(chan int)
	consumer := threads.Start(func() {
		for k := 0; k < 3; k++ {
			c.Acquire()
			c.WaitFor(func() bool { return len(items) > 0 })
			got <- items[0]
			items = items[1:]
			c.Release()
		}
	})
	for k := 1; k <= 3; k++ {
		c.Acquire()
		items = append(items, k)
		c.Notify()
		c.Release()
		if v := <-got; v != k {
			t.Fatalf("consumer got %d, want %d", v, k)
		}
	}
	consumer.Join()

	mustPanic(t, "without holding its lock", c.Wait)
	mustPanic(t, "without holding its lock", c.Notify)
	c.Acquire()
	c.Acquire() // RLock depth 2 survives a Wait
	if c.WaitTimeout(short) {
		t.Fatal("WaitTimeout true without Notify")
	}
	c.Release()
	c.Release()
	mustPanic(t, "not held", c.Release)
}

func TestConditionNotifyAll(t *testing.T) {
	c := threads.NewCondition(threads.NewLock())
	ready := 0
	var woken atomic.Int32
	var ts []*threads.Thread
	for i := 0; i < 4; i++ {
		ts = append(ts, threads.Start(func() {
			c.Acquire()
			ready++
			c.Wait()
			woken.Add(1)
			c.Release()
		}))
	}
	for {
		c.Acquire()
		n := ready
		if n == 4 { // all four are inside Wait: they released the lock there
			c.NotifyAll()
			c.Release()
			break
		}
		c.Release()
		time.Sleep(time.Millisecond)
	}
	for _, th := range ts {
		th.Join()
	}
	if woken.Load() != 4 {
		t.Fatalf("woken %d of 4", woken.Load())
	}
}

func TestBarrier(t *testing.T) {
	var actions atomic.Int32
	b := threads.NewBarrierAction(3, func() { actions.Add(1) })
	for round := 0; round < 2; round++ { // reusable
		idx := make(chan int, 3)
		var ts []*threads.Thread
		for i := 0; i < 3; i++ {
			ts = append(ts, threads.Start(func() {
				i, err := b.Wait()
				if err != nil {
					panic(err)
				}
				idx <- i
			}))
		}
		for _, th := range ts {
			th.Join()
			if th.Err() != nil {
				t.Fatal(th.Err())
			}
		}
		close(idx)
		var got []int
		for i := range idx {
			got = append(got, i)
		}
		slices.Sort(got)
		if !slices.Equal(got, []int{0, 1, 2}) {
			t.Fatalf("indices %v", got)
		}
	}
	if actions.Load() != 2 {
		t.Fatalf("action ran %d times, want 2", actions.Load())
	}
	if b.Parties() != 3 || b.Waiting() != 0 || b.Broken() {
		t.Fatal("barrier state after two rounds")
	}
	mustPanic(t, "parties must be >= 1", func() { threads.NewBarrier(0) })
}

func TestBarrierTimeoutBreaks(t *testing.T) {
	b := threads.NewBarrier(3)
	other := make(chan error)
	threads.Start(func() { _, err := b.Wait(); other <- err })
	for b.Waiting() != 1 {
		time.Sleep(time.Millisecond)
	}
	if _, err := b.WaitTimeout(short); !errors.Is(err, threads.ErrBrokenBarrier) {
		t.Fatalf("timed-out Wait: %v", err)
	}
	if err := <-other; !errors.Is(err, threads.ErrBrokenBarrier) {
		t.Fatalf("other waiter: %v", err)
	}
	if !b.Broken() {
		t.Fatal("not broken after a timeout")
	}
	if _, err := b.Wait(); !errors.Is(err, threads.ErrBrokenBarrier) {
		t.Fatal("Wait on a broken barrier did not fail at once")
	}
	b.Reset()
	if b.Broken() {
		t.Fatal("broken after Reset")
	}
}

func TestBarrierAbortAndReset(t *testing.T) {
	b := threads.NewBarrier(2)
	res := make(chan error)
	threads.Start(func() { _, err := b.Wait(); res <- err })
	for b.Waiting() != 1 {
		time.Sleep(time.Millisecond)
	}
	b.Abort()
	if err := <-res; !errors.Is(err, threads.ErrBrokenBarrier) {
		t.Fatalf("waiter after Abort: %v", err)
	}
	b.Reset()
	threads.Start(func() { _, err := b.Wait(); res <- err })
	for b.Waiting() != 1 {
		time.Sleep(time.Millisecond)
	}
	b.Reset() // breaks the current round
	if err := <-res; !errors.Is(err, threads.ErrBrokenBarrier) {
		t.Fatalf("waiter during Reset: %v", err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); _, err := b.Wait(); errs <- err }()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("after Reset: %v", err)
		}
	}
	var zero threads.Barrier
	mustPanic(t, "NewBarrier", func() { zero.Wait() })
}

func TestBarrierActionPanicBreaks(t *testing.T) {
	b := threads.NewBarrierAction(2, func() { panic("bad action") })
	res := make(chan error)
	threads.Start(func() { _, err := b.Wait(); res <- err })
	for b.Waiting() != 1 {
		time.Sleep(time.Millisecond)
	}
	mustPanic(t, "bad action", func() { b.Wait() })
	if err := <-res; !errors.Is(err, threads.ErrBrokenBarrier) {
		t.Fatalf("other waiter: %v", err)
	}
	if !b.Broken() {
		t.Fatal("not broken")
	}
}

// Passing an in-process primitive to a child process (JSON) fails loudly.
func TestNoCrossingToProcesses(t *testing.T) {
	for _, v := range []any{
		threads.NewLock(), threads.NewRLock(), threads.NewSemaphore(1), threads.NewBoundedSemaphore(1),
		threads.NewEvent(), threads.NewCondition(nil), threads.NewBarrier(1), threads.New(func() {}),
		struct{ L *threads.Lock }{threads.NewLock()},
	} {
		_, err := json.Marshal(v)
		if err == nil || !strings.Contains(err.Error(), "cannot be passed to another process") {
			t.Errorf("%T: %v", v, err)
		}
	}
}

// Interrupting a cell frees its threads stuck in a deadlock.
func TestInterruptFreesBlockedWaits(t *testing.T) {
	captureStderr(t)
	session.SetCurrentCell("stuck")
	defer session.SetCurrentCell("")
	lock := threads.NewLock()
	lock.Acquire() // never released: a deadlock
	never := threads.NewEvent()
	c := threads.NewCondition(nil)
	ts := []*threads.Thread{
		threads.Start(lock.Acquire),
		threads.Start(never.Wait),
		threads.Start(func() { c.Acquire(); defer c.Release(); c.Wait() }),
		threads.Start(threads.NewSemaphore(0).Acquire),
	}
	// A wait registers for interrupts when it blocks; interrupt until every
	// thread has been freed (an interrupt acts on the waits blocked then).
	deadline := time.Now().Add(long)
	for i, th := range ts {
		for !th.JoinTimeout(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("thread %d still blocked after interrupts", i)
			}
			session.StopCell("stuck")
		}
		if !errors.Is(th.Err(), threads.ErrInterrupted) {
			t.Fatalf("thread %d: %v", i, th.Err())
		}
	}
	// the lock is still held by its holder; the condition's lock is free
	if !lock.Locked() {
		t.Fatal("the held lock was freed by the interrupt")
	}
	if !threads.Start(func() { c.Acquire(); c.Release() }).JoinTimeout(long) {
		t.Fatal("the condition's lock stayed held by the interrupted waiter")
	}
}

func TestStrings(t *testing.T) {
	l := threads.NewLock()
	r := threads.NewRLock()
	r.Acquire()
	r.Acquire()
	b := threads.NewBoundedSemaphore(2)
	b.Acquire()
	e := threads.NewEvent()
	e.Set()
	bar := threads.NewBarrier(3)
	got := []string{l.String(), r.String(), threads.NewSemaphore(2).String(), b.String(), e.String(),
		threads.NewCondition(nil).String(), bar.String()}
	want := []string{"threads.Lock(unlocked)", "threads.RLock(locked by goroutine", "threads.Semaphore(2 free)",
		"threads.BoundedSemaphore(1 of 2 free)", "threads.Event(set)", "threads.Condition(0 waiting)", "threads.Barrier(0 of 3 waiting)"}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("got %q, want %q", got[i], want[i])
		}
	}
	bar.Abort()
	if bar.String() != "threads.Barrier(broken, 3 parties)" {
		t.Error(bar.String())
	}
}
