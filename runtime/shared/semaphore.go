package shared

import (
	"fmt"
	"syscall"
	"time"
)

// Open-file-description lock commands (Linux 3.15+; not in package
// syscall). Unlike classic fcntl locks they belong to the open file, not
// the process, so two goroutines' locks do not merge and closing another
// descriptor of the file does not drop them.
const (
	fOFDGetLk = 36
	fOFDSetLk = 37
)

// Semaphore is a counter of free slots shared by every process of the
// session, like Python's multiprocessing.BoundedSemaphore: Acquire takes
// a slot, waiting while there is none; Release gives back a slot this
// process took.
//
// Each slot is a lock on one byte of the semaphore's file (an
// open-file-description lock). The kernel drops a process's byte locks
// when the process ends, however it ends, so a process killed while
// holding slots gives them back; no count in memory can be left wrong.
// For the same reason a slot is released by the process that took it.
//
//	slots := shared.NewSemaphore(2) // at most 2 processes at once
//	slots.Acquire()
//	work()
//	slots.Release()
type Semaphore struct {
	seg *segment
}

// maxSlots bounds a Semaphore: Acquire tries the slots one by one.
const maxSlots = 4096

// NewSemaphore returns a shared Semaphore with n free slots (1 to 4096);
// another n panics.
//
//	s := shared.NewSemaphore(3)
func NewSemaphore(n int) *Semaphore {
	if n < 1 || n > maxSlots {
		panic(fmt.Sprintf("shared: NewSemaphore(%d): the count must be between 1 and %d", n, maxSlots))
	}
	return &Semaphore{seg: mustCreate(kindSemaphore, n, 0, 0)}
}

// Acquire takes a slot, waiting until one is free (or the cell is
// interrupted: ErrInterrupted).
//
//	s.Acquire()
//	defer s.Release()
func (s *Semaphore) Acquire() { s.acquire(-1) }

// TryAcquire takes a slot if one is free and reports whether it did.
//
//	if s.TryAcquire() { ...; s.Release() }
func (s *Semaphore) TryAcquire() bool { return s.acquire(0) }

// AcquireTimeout waits at most d for a slot and reports whether it took
// one.
//
//	ok := s.AcquireTimeout(time.Second)
func (s *Semaphore) AcquireTimeout(d time.Duration) bool { return s.acquire(max(d, 0)) }

func (s *Semaphore) acquire(wait time.Duration) bool {
	seg := must(s.seg, "shared.Semaphore")
	deadline := time.Now().Add(wait)
	var stop <-chan struct{}
	if wait < 0 {
		var untrack func()
		stop, untrack = interruptible()
		defer untrack()
	}
	var b backoff
	for {
		if seg.takeSlot() {
			return true
		}
		if wait == 0 || (wait > 0 && time.Now().After(deadline)) {
			return false
		}
		select { // slots are freed by other processes: poll
		case <-stop:
			panic(ErrInterrupted)
		default:
			b.sleep()
		}
	}
}

// takeSlot locks the first slot free in every process.
func (seg *segment) takeSlot() bool {
	seg.mu.Lock()
	defer seg.mu.Unlock()
	for i, mine := range seg.slots {
		if mine {
			continue
		}
		lk := slotLock(i, syscall.F_WRLCK)
		err := retryEINTR(func() error { return syscall.FcntlFlock(seg.file.Fd(), fOFDSetLk, &lk) })
		if err == nil {
			seg.slots[i] = true
			return true
		}
		if err != syscall.EAGAIN && err != syscall.EACCES {
			panic(fmt.Sprintf("shared: cannot lock a slot of semaphore %s: %v", seg.name, err))
		}
	}
	return false
}

func slotLock(i int, typ int16) syscall.Flock_t {
	return syscall.Flock_t{Type: typ, Whence: 0, Start: int64(i), Len: 1}
}

// Release gives back one slot this process holds; it panics if it holds
// none.
//
//	s.Release()
func (s *Semaphore) Release() {
	seg := must(s.seg, "shared.Semaphore")
	seg.mu.Lock()
	defer seg.mu.Unlock()
	for i, mine := range seg.slots {
		if mine {
			lk := slotLock(i, syscall.F_UNLCK)
			retryEINTR(func() error { return syscall.FcntlFlock(seg.file.Fd(), fOFDSetLk, &lk) })
			seg.slots[i] = false
			return
		}
	}
	panic("shared: Release of a Semaphore slot that this process does not hold (released too many times?)")
}

// Value returns the number of free slots now (across all processes).
//
//	fmt.Println(s.Value())
func (s *Semaphore) Value() int {
	seg := must(s.seg, "shared.Semaphore")
	seg.mu.Lock()
	defer seg.mu.Unlock()
	free := 0
	for i, mine := range seg.slots {
		if mine {
			continue
		}
		lk := slotLock(i, syscall.F_WRLCK)
		if err := retryEINTR(func() error { return syscall.FcntlFlock(seg.file.Fd(), fOFDGetLk, &lk) }); err == nil && lk.Type == syscall.F_UNLCK {
			free++
		}
	}
	return free
}

// MarshalJSON encodes a reference to the semaphore for a child process.
//
//	b, _ := json.Marshal(s)
func (s *Semaphore) MarshalJSON() ([]byte, error) { return marshalRef(s.seg, "shared.Semaphore") }

// UnmarshalJSON attaches to the semaphore a reference names.
//
//	var s shared.Semaphore
//	err := json.Unmarshal(b, &s)
func (s *Semaphore) UnmarshalJSON(b []byte) error {
	return unmarshalRef(b, &s.seg, kindSemaphore)
}
