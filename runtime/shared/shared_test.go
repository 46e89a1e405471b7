package shared_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gokernel/runtime/session"
	"gokernel/runtime/shared"
)

func mustPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil {
			t.Fatalf("no panic, want one containing %q", want)
		}
		if !strings.Contains(fmt.Sprint(r), want) {
			t.Fatalf("panic %q, want one containing %q", r, want)
		}
	}()
	f()
}

// inOther runs f on another goroutine and returns its result.
func inOther(f func() bool) bool {
	ch := make(chan bool)
	go func() { ch <- f() }()
	return <-ch
}

func TestValues(t *testing.T) {
	i := shared.NewInt(5)
	if i.Add(2) != 7 || i.AddAtomic(-10) != -3 || i.Get() != -3 || i.String() != "-3" {
		t.Fatalf("Int arithmetic: %v", i)
	}
	f := shared.NewFloat(1.5)
	if f.Add(1) != 2.5 || f.AddAtomic(0.25) != 2.75 || f.String() != "2.75" {
		t.Fatalf("Float arithmetic: %v", f)
	}
	b := shared.NewBool(true)
	b.Set(false)
	if b.Get() || b.String() != "false" {
		t.Fatal("Bool")
	}
	// the segment is a real file in /dev/shm with the session's prefix
	raw, _ := json.Marshal(i)
	var r struct{ Segment string }
	json.Unmarshal(raw, &r)
	if !strings.HasPrefix(r.Segment, session.ShmPrefix()) {
		t.Fatalf("segment %q lacks prefix %q", r.Segment, session.ShmPrefix())
	}
	if _, err := os.Stat(filepath.Join("/dev/shm", r.Segment)); err != nil {
		t.Fatal(err)
	}
}

func TestValueLock(t *testing.T) {
	v := shared.NewInt(0)
	v.Lock()
	l := v.GetLock()
	if !l.Locked() || inOther(l.TryAcquire) || inOther(func() bool { return l.AcquireTimeout(20 * time.Millisecond) }) {
		t.Fatal("another goroutine took a held value lock")
	}
	v.Unlock()
	mustPanic(t, "does not hold", v.Unlock)
	if !inOther(func() bool { ok := l.TryAcquire(); l.Release(); return ok }) {
		t.Fatal("free value lock not taken")
	}
	if l.Locked() {
		t.Fatal("locked after release")
	}
}

func TestLockInProcess(t *testing.T) {
	l := shared.NewLock()
	if l.String() != "shared.Lock(unlocked)" {
		t.Fatal(l.String())
	}
	l.Acquire()
	if l.TryAcquire() || inOther(l.TryAcquire) || l.String() != "shared.Lock(locked)" {
		t.Fatal("held Lock taken again")
	}
	// any goroutine of the holding process may release it
	inOther(func() bool { l.Release(); return true })
	mustPanic(t, "does not hold", l.Release)

	got := make(chan bool)
	l.Acquire()
	go func() { got <- l.AcquireTimeout(10 * time.Second) }()
	time.Sleep(10 * time.Millisecond)
	l.Release()
	if !<-got {
		t.Fatal("waiter did not get the lock")
	}
	inOther(func() bool { l.Release(); return true })
}

func TestRLockInProcess(t *testing.T) {
	r := shared.NewRLock()
	r.Acquire()
	if !r.TryAcquire() || !r.AcquireTimeout(time.Millisecond) {
		t.Fatal("holder could not re-enter")
	}
	if inOther(r.TryAcquire) {
		t.Fatal("another goroutine entered a held RLock")
	}
	panicked := inOther(func() (p bool) {
		defer func() { p = recover() != nil }()
		r.Release()
		return
	})
	if !panicked {
		t.Fatal("another goroutine released the RLock without a panic")
	}
	r.Release()
	r.Release()
	if inOther(r.TryAcquire) {
		t.Fatal("RLock free before the last Release")
	}
	r.Release()
	mustPanic(t, "does not hold", r.Release)
	if !inOther(r.TryAcquire) {
		t.Fatal("free RLock not taken")
	}
}

func TestSemaphoreInProcess(t *testing.T) {
	s := shared.NewSemaphore(2)
	if s.Value() != 2 || !s.TryAcquire() || !inOther(s.TryAcquire) || s.TryAcquire() || s.AcquireTimeout(20*time.Millisecond) {
		t.Fatal("semaphore of 2 gave a third slot")
	}
	if s.Value() != 0 {
		t.Fatalf("Value = %d", s.Value())
	}
	s.Release()
	s.Release()
	mustPanic(t, "released too many times", s.Release)
	mustPanic(t, "between 1 and 4096", func() { shared.NewSemaphore(0) })
	mustPanic(t, "between 1 and 4096", func() { shared.NewSemaphore(5000) })
}

func TestArrays(t *testing.T) {
	a := shared.NewIntArrayOf([]int64{1, 2, 3})
	a.Set(2, 30)
	if a.Len() != 3 || a.Get(2) != 30 || a.String() != "[1 2 30]" {
		t.Fatalf("IntArray %v", a)
	}
	mustPanic(t, "index 3 out of range", func() { a.Get(3) })
	mustPanic(t, "index -1 out of range", func() { a.Set(-1, 0) })
	mustPanic(t, "length must be >= 0", func() { shared.NewIntArray(-1) })

	f := shared.NewFloatArray(2)
	f.Set(1, 0.5)
	if fmt.Sprint(f.Slice()) != "[0 0.5]" {
		t.Fatalf("FloatArray %v", f)
	}
	mustPanic(t, "out of range", func() { f.Get(2) })

	if e := shared.NewIntArray(0); e.Len() != 0 || len(e.Slice()) != 0 {
		t.Fatal("empty array")
	}
}

func TestStringArray(t *testing.T) {
	names := shared.NewStringArrayOf([]string{"James", "Tom", "Sam", "Larry"}, 5)
	if names.String() != `["James" "Tom" "Sam" "Larry"]` || names.Capacity() != 5 {
		t.Fatalf("names %v", names)
	}
	names.Set(1, "Tim")
	names.Set(2, "")
	names.Set(3, "héé") // 5 bytes
	mustPanic(t, "6 bytes, more than the capacity 5", func() { names.Set(0, "Thomas") })
	if got := names.Strings(); fmt.Sprint(got) != "[James Tim  héé]" {
		t.Fatalf("after Set: %q", got)
	}
	mustPanic(t, `value 1 "Alexander" is 9 bytes`, func() { shared.NewStringArrayOf([]string{"Al", "Alexander"}, 4) })
	mustPanic(t, "capacity", func() { shared.NewStringArray(2, 0) })
	empty := shared.NewStringArray(2, 3)
	if empty.Get(0) != "" || empty.Len() != 2 {
		t.Fatal("new StringArray not empty")
	}
	mustPanic(t, "out of range", func() { empty.Get(2) })
}

func TestZeroValuesSayHowToMakeThem(t *testing.T) {
	var i shared.Int
	mustPanic(t, "not made with shared.NewInt", func() { i.Get() })
	var l shared.Lock
	mustPanic(t, "not made with shared.NewLock", l.Acquire)
	var s shared.StringArray
	mustPanic(t, "not made with shared.NewStringArray", func() { s.Set(0, "x") })
	if _, err := json.Marshal(&i); err == nil || !strings.Contains(err.Error(), "not made with shared.NewInt") {
		t.Fatalf("marshal of a zero Int: %v", err)
	}
}

func TestBadReferences(t *testing.T) {
	lockJSON, _ := json.Marshal(shared.NewLock())
	var i shared.Int
	for _, c := range []struct{ in, want string }{
		{`42`, "want a reference"},
		{`{"shared":"shared.Int"}`, "want a reference"},
		{string(lockJSON), "cannot use a shared.Lock reference as a shared.Int"},
		{`{"shared":"shared.Int","segment":"../etc/passwd"}`, "not a segment name"},
		{`{"shared":"shared.Int","segment":"gokernel-no-such-segment"}`, "cannot attach"},
	} {
		err := json.Unmarshal([]byte(c.in), &i)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.in, err, c.want)
		}
	}
	// a file that is not a shared value
	name := session.ShmPrefix() + "not-a-value"
	if err := os.WriteFile(filepath.Join("/dev/shm", name), make([]byte, 100), 0o600); err != nil {
		t.Fatal(err)
	}
	err := json.Unmarshal([]byte(`{"shared":"shared.Int","segment":"`+name+`"}`), &i)
	if err == nil || !strings.Contains(err.Error(), "not a gokernel shared value") {
		t.Fatalf("foreign file: %v", err)
	}
	// a header claiming more elements than the file holds
	a := shared.NewIntArray(2)
	b, _ := json.Marshal(a)
	var ref struct{ Segment string }
	json.Unmarshal(b, &ref)
	corrupt := session.ShmPrefix() + "corrupt"
	data, _ := os.ReadFile(filepath.Join("/dev/shm", ref.Segment))
	data[8] = 200 // n = 200 elements in an 80-byte file
	os.WriteFile(filepath.Join("/dev/shm", corrupt), data, 0o600)
	var ia shared.IntArray
	err = json.Unmarshal([]byte(`{"shared":"shared.IntArray","segment":"`+corrupt+`"}`), &ia)
	if err == nil || !strings.Contains(err.Error(), "header says 200 elements") {
		t.Fatalf("corrupt header: %v", err)
	}
	// a value's lock may be passed as a Lock, not the value as another type
	v := shared.NewFloat(1)
	b, _ = json.Marshal(v.GetLock())
	var l shared.Lock
	if err := json.Unmarshal(b, &l); err != nil {
		t.Fatal(err)
	}
	l.Acquire()
	if v.GetLock().TryAcquire() {
		t.Fatal("attached lock is not the value's lock")
	}
	l.Release()
	if err := json.Unmarshal(b, &i); err == nil {
		t.Fatal("a Float attached as an Int")
	}
	// null leaves the value alone (json's convention)
	if err := json.Unmarshal([]byte(`null`), &l); err != nil {
		t.Fatal(err)
	}
}

func TestRemoveAll(t *testing.T) {
	prefix := fmt.Sprintf("gokernel-removetest-%d-", os.Getpid())
	t.Setenv("GOKERNEL_SHM_PREFIX", prefix)
	v := shared.NewInt(7)
	shared.NewLock()
	shared.NewStringArray(1, 1)
	matches, _ := filepath.Glob("/dev/shm/" + prefix + "*")
	if len(matches) != 3 {
		t.Fatalf("segments %v", matches)
	}
	n, err := shared.RemoveAll(prefix)
	if n != 3 || err != nil {
		t.Fatalf("RemoveAll = %d, %v", n, err)
	}
	if matches, _ := filepath.Glob("/dev/shm/" + prefix + "*"); len(matches) != 0 {
		t.Fatalf("left %v", matches)
	}
	if v.Get() != 7 { // still mapped here
		t.Fatal("value lost in a process that has it mapped")
	}
	for _, bad := range []string{"", "a/b"} {
		if _, err := shared.RemoveAll(bad); err == nil {
			t.Errorf("RemoveAll(%q) gave no error", bad)
		}
	}
}

func TestStrings(t *testing.T) {
	r := shared.NewRLock()
	s := shared.NewSemaphore(3)
	s.Acquire()
	var zero shared.Semaphore
	if r.String() != "shared.RLock(unlocked)" || s.String() != "shared.Semaphore(2 of 3 free)" ||
		zero.String() != "shared.Semaphore(not made with NewSemaphore)" {
		t.Fatal(r, s, &zero)
	}
	r.Acquire()
	if r.String() != "shared.RLock(locked)" {
		t.Fatal(r)
	}
}
