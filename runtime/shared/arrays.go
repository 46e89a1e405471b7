package shared

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

func checkIndex(i, n int, typ string) {
	if i < 0 || i >= n {
		panic(fmt.Sprintf("shared: index %d out of range for a %s of length %d", i, typ, n))
	}
}

func checkLen(n int, ctor string) {
	if n < 0 {
		panic(fmt.Sprintf("shared: %s(%d): the length must be >= 0", ctor, n))
	}
}

// IntArray is a fixed-length array of int64 in shared memory, like
// multiprocessing.Array('i', n). Get and Set of one element are atomic;
// hold the array's Lock to update several elements together.
//
//	a := shared.NewIntArrayOf([]int64{1, 2, 3})
//	a.Set(0, 10)
//	fmt.Println(a.Get(0), a.Len(), a.Slice())
type IntArray struct {
	seg *segment
}

// NewIntArray returns a shared IntArray of n zeros.
//
//	a := shared.NewIntArray(4)
func NewIntArray(n int) *IntArray {
	checkLen(n, "NewIntArray")
	return &IntArray{seg: mustCreate(kindIntArray, n, 8, 0)}
}

// NewIntArrayOf returns a shared IntArray holding a copy of values.
//
//	a := shared.NewIntArrayOf([]int64{1, 2, 3})
func NewIntArrayOf(values []int64) *IntArray {
	a := NewIntArray(len(values))
	for i, v := range values {
		a.Set(i, v)
	}
	return a
}

func (a *IntArray) s() *segment { return must(a.seg, "shared.IntArray") }

// Len returns the number of elements.
//
//	for i := 0; i < a.Len(); i++ { fmt.Println(a.Get(i)) }
func (a *IntArray) Len() int { return a.s().n }

// Get returns element i; an index out of range panics.
//
//	x := a.Get(0)
func (a *IntArray) Get(i int) int64 {
	s := a.s()
	checkIndex(i, s.n, "shared.IntArray")
	return int64(atomic.LoadUint64(s.word(i)))
}

// Set stores v at element i; an index out of range panics.
//
//	a.Set(0, 42)
func (a *IntArray) Set(i int, v int64) {
	s := a.s()
	checkIndex(i, s.n, "shared.IntArray")
	atomic.StoreUint64(s.word(i), uint64(v))
}

// Slice returns a copy of the elements as a Go slice.
//
//	fmt.Println(a.Slice())
func (a *IntArray) Slice() []int64 {
	out := make([]int64, a.Len())
	for i := range out {
		out[i] = a.Get(i)
	}
	return out
}

// Lock takes the array's own lock (shared by all processes).
//
//	a.Lock()
//	defer a.Unlock()
func (a *IntArray) Lock() { a.s().acquire(-1) }

// Unlock releases the array's lock.
//
//	a.Unlock()
func (a *IntArray) Unlock() { a.s().mustRelease("shared.IntArray lock") }

// GetLock returns the array's lock as a *Lock.
//
//	l := a.GetLock()
func (a *IntArray) GetLock() *Lock { return &Lock{seg: a.s()} }

// String formats the elements like a Go slice.
//
//	fmt.Println(a) // [1 2 3]
func (a *IntArray) String() string { return fmt.Sprint(a.Slice()) }

// MarshalJSON encodes a reference to the array for a child process.
//
//	b, _ := json.Marshal(a)
func (a *IntArray) MarshalJSON() ([]byte, error) { return marshalRef(a.seg, "shared.IntArray") }

// UnmarshalJSON attaches to the array a reference names.
//
//	var a shared.IntArray
//	err := json.Unmarshal(b, &a)
func (a *IntArray) UnmarshalJSON(b []byte) error { return unmarshalRef(b, &a.seg, kindIntArray) }

// FloatArray is a fixed-length array of float64 in shared memory, like
// multiprocessing.Array('d', n).
//
//	a := shared.NewFloatArrayOf([]float64{0.5, 1.5})
//	a.Set(1, 2.5)
//	fmt.Println(a.Slice())
type FloatArray struct {
	seg *segment
}

// NewFloatArray returns a shared FloatArray of n zeros.
//
//	a := shared.NewFloatArray(4)
func NewFloatArray(n int) *FloatArray {
	checkLen(n, "NewFloatArray")
	return &FloatArray{seg: mustCreate(kindFloatArray, n, 8, 0)}
}

// NewFloatArrayOf returns a shared FloatArray holding a copy of values.
//
//	a := shared.NewFloatArrayOf([]float64{0.5, 1.5})
func NewFloatArrayOf(values []float64) *FloatArray {
	a := NewFloatArray(len(values))
	for i, v := range values {
		a.Set(i, v)
	}
	return a
}

func (a *FloatArray) s() *segment { return must(a.seg, "shared.FloatArray") }

// Len returns the number of elements.
//
//	n := a.Len()
func (a *FloatArray) Len() int { return a.s().n }

// Get returns element i; an index out of range panics.
//
//	x := a.Get(0)
func (a *FloatArray) Get(i int) float64 {
	s := a.s()
	checkIndex(i, s.n, "shared.FloatArray")
	return math.Float64frombits(atomic.LoadUint64(s.word(i)))
}

// Set stores v at element i; an index out of range panics.
//
//	a.Set(0, 3.14)
func (a *FloatArray) Set(i int, v float64) {
	s := a.s()
	checkIndex(i, s.n, "shared.FloatArray")
	atomic.StoreUint64(s.word(i), math.Float64bits(v))
}

// Slice returns a copy of the elements as a Go slice.
//
//	fmt.Println(a.Slice())
func (a *FloatArray) Slice() []float64 {
	out := make([]float64, a.Len())
	for i := range out {
		out[i] = a.Get(i)
	}
	return out
}

// Lock takes the array's own lock (shared by all processes).
//
//	a.Lock()
func (a *FloatArray) Lock() { a.s().acquire(-1) }

// Unlock releases the array's lock.
//
//	a.Unlock()
func (a *FloatArray) Unlock() { a.s().mustRelease("shared.FloatArray lock") }

// GetLock returns the array's lock as a *Lock.
//
//	l := a.GetLock()
func (a *FloatArray) GetLock() *Lock { return &Lock{seg: a.s()} }

// String formats the elements like a Go slice.
//
//	fmt.Println(a)
func (a *FloatArray) String() string { return fmt.Sprint(a.Slice()) }

// MarshalJSON encodes a reference to the array for a child process.
//
//	b, _ := json.Marshal(a)
func (a *FloatArray) MarshalJSON() ([]byte, error) { return marshalRef(a.seg, "shared.FloatArray") }

// UnmarshalJSON attaches to the array a reference names.
//
//	var a shared.FloatArray
//	err := json.Unmarshal(b, &a)
func (a *FloatArray) UnmarshalJSON(b []byte) error {
	return unmarshalRef(b, &a.seg, kindFloatArray)
}

// stringSlot is the size of one string slot: a 4-byte length, then the
// bytes, padded to 8.
func stringSlot(capa int) int { return (4 + capa + 7) &^ 7 }

// StringArray is a fixed-length array of strings in shared memory. Each
// slot stores the string's bytes (not a pointer, which would mean nothing
// in another process) and holds at most capacity bytes; storing a longer
// string panics and stores nothing. Hold the array's Lock while another
// process may write the element you read.
//
//	names := shared.NewStringArrayOf([]string{"James", "Tom", "Sam", "Larry"}, 16)
//	fmt.Println(names.Get(1)) // Tom
//	names.Set(1, "Thomas")
type StringArray struct {
	seg *segment
}

// NewStringArray returns a shared StringArray of n empty strings, each
// slot holding up to capacity bytes (capacity >= 1).
//
//	names := shared.NewStringArray(4, 32)
func NewStringArray(n, capacity int) *StringArray {
	checkLen(n, "NewStringArray")
	if capacity < 1 || capacity > math.MaxInt32 {
		panic(fmt.Sprintf("shared: NewStringArray(%d, %d): the capacity (bytes per string) must be between 1 and %d", n, capacity, math.MaxInt32))
	}
	return &StringArray{seg: mustCreate(kindStringArray, n, stringSlot(capacity), capacity)}
}

// NewStringArrayOf returns a shared StringArray holding values, each slot
// holding up to capacity bytes. A value longer than capacity panics.
//
//	names := shared.NewStringArrayOf([]string{"James", "Tom"}, 16)
func NewStringArrayOf(values []string, capacity int) *StringArray {
	for i, v := range values {
		if len(v) > capacity {
			panic(fmt.Sprintf("shared: NewStringArrayOf: value %d %q is %d bytes, more than the capacity %d", i, v, len(v), capacity))
		}
	}
	a := NewStringArray(len(values), capacity)
	for i, v := range values {
		a.Set(i, v)
	}
	return a
}

func (a *StringArray) s() *segment { return must(a.seg, "shared.StringArray") }

func (a *StringArray) slot(i int) []byte {
	s := a.s()
	checkIndex(i, s.n, "shared.StringArray")
	size := stringSlot(s.capa)
	off := dataOffset + i*size
	return s.mem[off : off+size]
}

// Len returns the number of elements.
//
//	n := names.Len()
func (a *StringArray) Len() int { return a.s().n }

// Capacity returns the most bytes one element can hold.
//
//	fmt.Println(names.Capacity())
func (a *StringArray) Capacity() int { return a.s().capa }

// Get returns element i; an index out of range panics.
//
//	fmt.Println(names.Get(0))
func (a *StringArray) Get(i int) string {
	b := a.slot(i)
	n := int(binary.LittleEndian.Uint32(b))
	if n > len(b)-4 { // written by a broken or racing writer: never read past the slot
		n = len(b) - 4
	}
	return string(b[4 : 4+n])
}

// Set stores v at element i. A string longer than the capacity panics
// and nothing is stored; an index out of range panics.
//
//	names.Set(0, "James")
func (a *StringArray) Set(i int, v string) {
	b := a.slot(i)
	if capa := a.s().capa; len(v) > capa {
		panic(fmt.Sprintf("shared: StringArray.Set(%d, %q): %d bytes, more than the capacity %d (make the array with a larger capacity)", i, v, len(v), capa))
	}
	copy(b[4:], v)
	binary.LittleEndian.PutUint32(b, uint32(len(v)))
}

// Strings returns a copy of the elements as a Go slice.
//
//	fmt.Println(names.Strings())
func (a *StringArray) Strings() []string {
	out := make([]string, a.Len())
	for i := range out {
		out[i] = a.Get(i)
	}
	return out
}

// Lock takes the array's own lock (shared by all processes).
//
//	names.Lock()
func (a *StringArray) Lock() { a.s().acquire(-1) }

// Unlock releases the array's lock.
//
//	names.Unlock()
func (a *StringArray) Unlock() { a.s().mustRelease("shared.StringArray lock") }

// GetLock returns the array's lock as a *Lock.
//
//	l := names.GetLock()
func (a *StringArray) GetLock() *Lock { return &Lock{seg: a.s()} }

// String formats the elements like a Go slice of quoted strings.
//
//	fmt.Println(names) // ["James" "Tom"]
func (a *StringArray) String() string {
	q := a.Strings()
	for i, s := range q {
		if utf8.ValidString(s) {
			q[i] = fmt.Sprintf("%q", s)
		}
	}
	return "[" + strings.Join(q, " ") + "]"
}

// MarshalJSON encodes a reference to the array for a child process.
//
//	b, _ := json.Marshal(names)
func (a *StringArray) MarshalJSON() ([]byte, error) { return marshalRef(a.seg, "shared.StringArray") }

// UnmarshalJSON attaches to the array a reference names.
//
//	var names shared.StringArray
//	err := json.Unmarshal(b, &names)
func (a *StringArray) UnmarshalJSON(b []byte) error {
	return unmarshalRef(b, &a.seg, kindStringArray)
}
