package shared

import (
	"math"
	"strconv"
	"sync/atomic"
)

// Int is an int64 in shared memory, like Python's multiprocessing.Value('i').
// Get and Set are atomic. Add is a plain read-modify-write: two processes
// adding at once can lose updates (that is the race to observe). Use
// AddAtomic, or Add under the value's Lock, for correct counting.
//
//	counter := shared.NewInt(0)
//	counter.Lock()
//	counter.Add(1)
//	counter.Unlock()
//	fmt.Println(counter.Get())
type Int struct {
	seg *segment
}

// NewInt returns a new shared Int holding v.
//
//	counter := shared.NewInt(0)
func NewInt(v int64) *Int {
	x := &Int{seg: mustCreate(kindInt, 1, 8, 0)}
	x.Set(v)
	return x
}

func (x *Int) word() *uint64 { return must(x.seg, "shared.Int").word(0) }

// Get returns the value.
//
//	fmt.Println(counter.Get())
func (x *Int) Get() int64 { return int64(atomic.LoadUint64(x.word())) }

// Set stores v.
//
//	counter.Set(0)
func (x *Int) Set(v int64) { atomic.StoreUint64(x.word(), uint64(v)) }

// Add adds d with a plain read, add, write and returns the new value.
// It is NOT atomic: hold the value's Lock around it when several threads
// or processes add, or use AddAtomic.
//
//	counter.Add(1) // racy on purpose: compare with AddAtomic
func (x *Int) Add(d int64) int64 {
	w := x.word()
	v := int64(atomic.LoadUint64(w)) + d
	atomic.StoreUint64(w, uint64(v))
	return v
}

// AddAtomic adds d in one atomic step (no update is ever lost) and
// returns the new value.
//
//	counter.AddAtomic(1)
func (x *Int) AddAtomic(d int64) int64 { return int64(atomic.AddUint64(x.word(), uint64(d))) }

// Lock takes the value's own lock (shared by all processes).
//
//	counter.Lock()
//	defer counter.Unlock()
func (x *Int) Lock() { must(x.seg, "shared.Int").acquire(-1) }

// Unlock releases the value's lock; it panics if this process does not
// hold it.
//
//	counter.Unlock()
func (x *Int) Unlock() { must(x.seg, "shared.Int").mustRelease("shared.Int lock") }

// GetLock returns the value's lock as a *Lock, to pass around or to use
// with TryAcquire and AcquireTimeout.
//
//	l := counter.GetLock()
//	l.Acquire()
func (x *Int) GetLock() *Lock { return &Lock{seg: must(x.seg, "shared.Int")} }

// String returns the value in decimal.
//
//	fmt.Println(counter)
func (x *Int) String() string { return strconv.FormatInt(x.Get(), 10) }

// MarshalJSON encodes a reference to the value for a child process.
//
//	b, _ := json.Marshal(counter)
func (x *Int) MarshalJSON() ([]byte, error) { return marshalRef(x.seg, "shared.Int") }

// UnmarshalJSON attaches to the value a reference names.
//
//	var c shared.Int
//	err := json.Unmarshal(b, &c)
func (x *Int) UnmarshalJSON(b []byte) error { return unmarshalRef(b, &x.seg, kindInt) }

// Float is a float64 in shared memory, like multiprocessing.Value('d').
// Get and Set are atomic; Add is a plain read-modify-write (can lose
// updates), AddAtomic is not.
//
//	total := shared.NewFloat(0)
//	total.AddAtomic(0.5)
type Float struct {
	seg *segment
}

// NewFloat returns a new shared Float holding v.
//
//	total := shared.NewFloat(1.5)
func NewFloat(v float64) *Float {
	x := &Float{seg: mustCreate(kindFloat, 1, 8, 0)}
	x.Set(v)
	return x
}

func (x *Float) word() *uint64 { return must(x.seg, "shared.Float").word(0) }

// Get returns the value.
//
//	fmt.Println(total.Get())
func (x *Float) Get() float64 { return math.Float64frombits(atomic.LoadUint64(x.word())) }

// Set stores v.
//
//	total.Set(0)
func (x *Float) Set(v float64) { atomic.StoreUint64(x.word(), math.Float64bits(v)) }

// Add adds d with a plain read, add, write (not atomic) and returns the
// new value.
//
//	total.Add(0.5)
func (x *Float) Add(d float64) float64 {
	w := x.word()
	v := math.Float64frombits(atomic.LoadUint64(w)) + d
	atomic.StoreUint64(w, math.Float64bits(v))
	return v
}

// AddAtomic adds d atomically and returns the new value.
//
//	total.AddAtomic(0.5)
func (x *Float) AddAtomic(d float64) float64 {
	w := x.word()
	for {
		old := atomic.LoadUint64(w)
		v := math.Float64frombits(old) + d
		if atomic.CompareAndSwapUint64(w, old, math.Float64bits(v)) {
			return v
		}
	}
}

// Lock takes the value's own lock (shared by all processes).
//
//	total.Lock()
func (x *Float) Lock() { must(x.seg, "shared.Float").acquire(-1) }

// Unlock releases the value's lock.
//
//	total.Unlock()
func (x *Float) Unlock() { must(x.seg, "shared.Float").mustRelease("shared.Float lock") }

// GetLock returns the value's lock as a *Lock.
//
//	l := total.GetLock()
func (x *Float) GetLock() *Lock { return &Lock{seg: must(x.seg, "shared.Float")} }

// String formats the value like fmt's %v.
//
//	fmt.Println(total)
func (x *Float) String() string { return strconv.FormatFloat(x.Get(), 'g', -1, 64) }

// MarshalJSON encodes a reference to the value for a child process.
//
//	b, _ := json.Marshal(total)
func (x *Float) MarshalJSON() ([]byte, error) { return marshalRef(x.seg, "shared.Float") }

// UnmarshalJSON attaches to the value a reference names.
//
//	var f shared.Float
//	err := json.Unmarshal(b, &f)
func (x *Float) UnmarshalJSON(b []byte) error { return unmarshalRef(b, &x.seg, kindFloat) }

// Bool is a bool in shared memory, e.g. a stop flag for worker processes.
//
//	stop := shared.NewBool(false)
//	// worker: for !stop.Get() { work() }
//	stop.Set(true)
type Bool struct {
	seg *segment
}

// NewBool returns a new shared Bool holding v.
//
//	stop := shared.NewBool(false)
func NewBool(v bool) *Bool {
	x := &Bool{seg: mustCreate(kindBool, 1, 8, 0)}
	x.Set(v)
	return x
}

func (x *Bool) word() *uint64 { return must(x.seg, "shared.Bool").word(0) }

// Get returns the value.
//
//	if stop.Get() { return }
func (x *Bool) Get() bool { return atomic.LoadUint64(x.word()) != 0 }

// Set stores v.
//
//	stop.Set(true)
func (x *Bool) Set(v bool) {
	var u uint64
	if v {
		u = 1
	}
	atomic.StoreUint64(x.word(), u)
}

// Lock takes the value's own lock (shared by all processes).
//
//	stop.Lock()
func (x *Bool) Lock() { must(x.seg, "shared.Bool").acquire(-1) }

// Unlock releases the value's lock.
//
//	stop.Unlock()
func (x *Bool) Unlock() { must(x.seg, "shared.Bool").mustRelease("shared.Bool lock") }

// GetLock returns the value's lock as a *Lock.
//
//	l := stop.GetLock()
func (x *Bool) GetLock() *Lock { return &Lock{seg: must(x.seg, "shared.Bool")} }

// String returns "true" or "false".
//
//	fmt.Println(stop)
func (x *Bool) String() string { return strconv.FormatBool(x.Get()) }

// MarshalJSON encodes a reference to the value for a child process.
//
//	b, _ := json.Marshal(stop)
func (x *Bool) MarshalJSON() ([]byte, error) { return marshalRef(x.seg, "shared.Bool") }

// UnmarshalJSON attaches to the value a reference names.
//
//	var b shared.Bool
//	err := json.Unmarshal(data, &b)
func (x *Bool) UnmarshalJSON(b []byte) error { return unmarshalRef(b, &x.seg, kindBool) }
