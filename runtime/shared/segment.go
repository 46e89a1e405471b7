package shared

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"gokernel/runtime/session"
)

// ShmDir is where segments live.
const shmDir = "/dev/shm"

// Layout of a segment: a header, then the data at dataOffset (aligned for
// atomic 64-bit access).
//
//	0  magic "GKSM"
//	4  kind, 4 bytes ("int ", "flt ", "bool", "ints", "flts", "strs", "lock", "rlck", "sema")
//	8  n: element count (semaphore: slots)
//	16 slot capacity (string arrays)
const (
	magic      = "GKSM"
	dataOffset = 64
)

// segment is one mapped shared-memory file. A process attaches to a
// segment once (see attached), so every value of one segment in a process
// shares the in-process lock state below.
type segment struct {
	name string
	kind string
	n    int
	capa int
	file *os.File
	mem  []byte

	// the segment's lock within this process; see lock.go
	gate  chan struct{} // one token: goroutines of this process take it first
	mu    sync.Mutex
	held  bool  // this process holds the file lock
	owner int64 // RLock: holding goroutine
	depth int   // RLock: re-entry depth

	// semaphore slots this process holds; see semaphore.go
	slots []bool
}

var (
	attachedMu sync.Mutex
	attached   = map[string]*segment{}
	seq        atomic.Int64
)

// create makes a new segment of the given kind holding n elements of
// size elem bytes each (capa: string slot capacity).
func create(kind string, n, elem, capa int) (*segment, error) {
	size := dataOffset + n*elem
	prefix := session.ShmPrefix()
	if err := checkPrefix(prefix); err != nil {
		return nil, err
	}
	for {
		name := fmt.Sprintf("%s%s-%d-%d", prefix, strings.TrimSpace(kind), os.Getpid(), seq.Add(1))
		f, err := os.OpenFile(filepath.Join(shmDir, name), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			continue // left over from a dead process with our pid
		}
		if err != nil {
			return nil, fmt.Errorf("shared: cannot create a segment in %s: %w", shmDir, err)
		}
		if err := f.Truncate(int64(size)); err != nil {
			f.Close()
			os.Remove(f.Name())
			return nil, fmt.Errorf("shared: cannot size segment %s to %d bytes: %w", name, size, err)
		}
		mem, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			return nil, fmt.Errorf("shared: cannot map segment %s: %w", name, err)
		}
		copy(mem, magic)
		copy(mem[4:8], kind)
		binary.LittleEndian.PutUint64(mem[8:], uint64(n))
		binary.LittleEndian.PutUint64(mem[16:], uint64(capa))
		s := newSegment(name, kind, n, capa, f, mem)
		attachedMu.Lock()
		attached[name] = s
		attachedMu.Unlock()
		return s, nil
	}
}

func newSegment(name, kind string, n, capa int, f *os.File, mem []byte) *segment {
	s := &segment{name: name, kind: kind, n: n, capa: capa, file: f, mem: mem, gate: make(chan struct{}, 1)}
	if kind == kindSemaphore {
		s.slots = make([]bool, n)
	}
	return s
}

// attach maps the existing segment name, which must be of kind.
func attach(name, kind string) (*segment, error) {
	if name == "" || strings.ContainsAny(name, "/\x00") || name == "." || name == ".." {
		return nil, fmt.Errorf("shared: %q is not a segment name", name)
	}
	attachedMu.Lock()
	defer attachedMu.Unlock()
	if s := attached[name]; s != nil {
		if s.kind != kind {
			return nil, fmt.Errorf("shared: segment %s holds a %s, not a %s", name, kindName(s.kind), kindName(kind))
		}
		return s, nil
	}
	f, err := os.OpenFile(filepath.Join(shmDir, name), os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("shared: cannot attach to segment %s (removed when its session ended?): %w", name, err)
	}
	fail := func(format string, args ...any) (*segment, error) {
		f.Close()
		return nil, fmt.Errorf("shared: segment %s: "+format, append([]any{name}, args...)...)
	}
	st, err := f.Stat()
	if err != nil {
		return fail("%v", err)
	}
	if st.Size() < dataOffset {
		return fail("too small (%d bytes) to be a shared value", st.Size())
	}
	mem, err := syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		return fail("cannot map: %v", err)
	}
	n := int(binary.LittleEndian.Uint64(mem[8:]))
	capa := int(binary.LittleEndian.Uint64(mem[16:]))
	got := string(mem[4:8])
	switch {
	case string(mem[:4]) != magic:
		syscall.Munmap(mem)
		return fail("not a gokernel shared value")
	case got != kind:
		syscall.Munmap(mem)
		return fail("holds a %s, not a %s", kindName(got), kindName(kind))
	case kind == kindSemaphore && (n < 1 || n > maxSlots):
		syscall.Munmap(mem)
		return fail("header says %d semaphore slots", n)
	case n < 0 || capa < 0 || capa > math.MaxInt32 || (elemSize(kind, capa) > 0 && int64(n) > st.Size()) ||
		int64(dataOffset+n*elemSize(kind, capa)) > st.Size():
		syscall.Munmap(mem)
		return fail("header says %d elements, more than its %d bytes hold", n, st.Size())
	}
	s := newSegment(name, kind, n, capa, f, mem)
	attached[name] = s
	return s, nil
}

// The kinds of segment, 4 bytes each.
const (
	kindInt         = "int "
	kindFloat       = "flt "
	kindBool        = "bool"
	kindIntArray    = "ints"
	kindFloatArray  = "flts"
	kindStringArray = "strs"
	kindLock        = "lock"
	kindRLock       = "rlck"
	kindSemaphore   = "sema"
)

func kindName(k string) string {
	switch k {
	case kindInt:
		return "shared.Int"
	case kindFloat:
		return "shared.Float"
	case kindBool:
		return "shared.Bool"
	case kindIntArray:
		return "shared.IntArray"
	case kindFloatArray:
		return "shared.FloatArray"
	case kindStringArray:
		return "shared.StringArray"
	case kindLock:
		return "shared.Lock"
	case kindRLock:
		return "shared.RLock"
	case kindSemaphore:
		return "shared.Semaphore"
	}
	return fmt.Sprintf("%q", k)
}

// elemSize is the size of one element of kind in bytes.
func elemSize(kind string, capa int) int {
	switch kind {
	case kindInt, kindFloat, kindBool, kindIntArray, kindFloatArray:
		return 8
	case kindStringArray:
		return stringSlot(capa)
	}
	return 0
}

// word returns the 64-bit word at element i, for atomic access.
func (s *segment) word(i int) *uint64 {
	return (*uint64)(unsafe.Pointer(&s.mem[dataOffset+8*i]))
}

// must returns s or panics with a clear message for a zero value.
func must(s *segment, typ string) *segment {
	if s == nil {
		panic(fmt.Sprintf("shared: this %s was not made with shared.New%s (or received from a process)", typ, strings.TrimPrefix(typ, "shared.")))
	}
	return s
}

func checkPrefix(prefix string) error {
	if prefix == "" || strings.ContainsAny(prefix, "/\x00") {
		return fmt.Errorf("shared: segment prefix %q must be non-empty and contain no '/'", prefix)
	}
	return nil
}

// RemoveAll removes every segment whose name starts with prefix (the
// kernel calls it with session.ShmPrefix() when the session ends) and
// reports how many it removed. Processes that have a segment mapped keep
// using it; it cannot be attached to any more.
//
//	n, err := shared.RemoveAll(session.ShmPrefix())
func RemoveAll(prefix string) (int, error) {
	if err := checkPrefix(prefix); err != nil {
		return 0, err
	}
	names, err := filepath.Glob(filepath.Join(shmDir, globEscape(prefix)+"*"))
	if err != nil {
		return 0, err
	}
	var errs []error
	n := 0
	for _, p := range names {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		n++
	}
	return n, errors.Join(errs...)
}

func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`)
	return r.Replace(s)
}

// backoff sleeps a little longer each time, for polling a lock that
// another process holds.
type backoff time.Duration

func (b *backoff) sleep() {
	if *b == 0 {
		*b = backoff(50 * time.Microsecond)
	}
	time.Sleep(time.Duration(*b))
	if *b < backoff(5*time.Millisecond) {
		*b *= 2
	}
}
