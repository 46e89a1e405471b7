package shared

import "fmt"

// String describes the lock, e.g. "shared.RLock(unlocked)".
//
//	fmt.Println(r)
func (r *RLock) String() string {
	if r.seg == nil {
		return "shared.RLock(not made with NewRLock)"
	}
	if r.Locked() {
		return "shared.RLock(locked)"
	}
	return "shared.RLock(unlocked)"
}

// String describes the semaphore, e.g. "shared.Semaphore(2 of 3 free)".
//
//	fmt.Println(s)
func (s *Semaphore) String() string {
	if s.seg == nil {
		return "shared.Semaphore(not made with NewSemaphore)"
	}
	return fmt.Sprintf("shared.Semaphore(%d of %d free)", s.Value(), s.seg.n)
}
