package eval

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"

	"gokernel/runtime/session"
)

// helperPath is the import path of the compiled helpers every session
// imports as __gk: goroutine panic reports, clear, and the cell's stdin.
const helperPath = "gokernel/eval/gk"

// helperExports builds the helper package of one session. Keep stores
// the final value of a cell in kept.
func helperExports(stdin *io.Reader, flushStdout, drainStdout func(), stderr func() *os.File, gen, active, atUnit *atomic.Int64, kept *atomic.Pointer[any], frames *stderrTee, ended func(v any, why string) bool) interp.Exports {
	keep := reflect.ValueOf(func(x any) { kept.Store(&x) })
	values := reflect.ValueOf(func(v ...any) []any { return v })
	// Listed in MapTypes, Keep and Values get a value of an interpreted
	// type with an Error or String method as a wrapper that has the
	// method, as fmt.Print does: reflect sees no methods on the value.
	methods := []reflect.Type{errorType, reflect.TypeFor[fmt.Stringer]()}
	return interp.Exports{".": {
		"MapTypes": reflect.ValueOf(map[reflect.Value][]reflect.Type{keep: methods, values: methods}),
	}, helperPath + "/gk": {
		"Enter":   reflect.ValueOf(func() bool { active.Add(1); return true }),
		"Exit":    reflect.ValueOf(func(bool) { active.Add(-1) }),
		"Live":    reflect.ValueOf(func(g int64) bool { return gen.Load() == g }),
		"Return":  reflect.ValueOf(func() { panic(cellReturn{}) }),
		"At":      reflect.ValueOf(func(unit int) { atUnit.Store(int64(unit)) }),
		"GoPanic": reflect.ValueOf(func(line int, v any) { goPanic(line, v, frames.take(), ended) }),
		"Values":  values,
		"Keep":    keep,
		"Clear":   reflect.ValueOf(clearValue),
		"Stdin":   reflect.ValueOf(stdin).Elem(),
		// Stdout and Stderr are what os.Stdout and os.Stderr mean in
		// cells: the file, once the buffered fmt output before it is
		// written out, so that text keeps its order across the two.
		"Stdout": reflect.ValueOf(func() *os.File { flushStdout(); return os.Stdout }),
		"Stderr": reflect.ValueOf(func() *os.File { drainStdout(); return stderr() }),
		// BeforeGo runs before each go statement of a cell: if the new
		// goroutine kills the process, the output before it is out. It
		// returns the cell the new goroutine works for, which GoBegin,
		// first thing in that goroutine, records (session.BeginWork).
		"BeforeGo": reflect.ValueOf(func() string { flushStdout(); return session.CurrentCell() }),
		"GoBegin":  reflect.ValueOf(session.BeginWork),
	}}
}

// goPanic reports a panic of a goroutine started by a cell, with the
// frames yaegi printed while it unwound; the rewrite of `go` statements
// calls it from a deferred recover, so the process lives. While the cell
// that started it runs, the cell ends with it (ended), as the program
// would; after, it is reported under that cell.
func goPanic(line int, v any, frames []string, ended func(v any, why string) bool) {
	var b strings.Builder
	fmt.Fprintf(&b, "panic in goroutine started at line %d: %v\n", line, v)
	for _, f := range frames {
		b.WriteString(describeFrame(f) + "\n")
	}
	if ended(v, b.String()) {
		return // the cell fails with it
	}
	if cell := session.WorkCell(); cell != "" {
		// Under the cell that started the goroutine, even after it ended.
		session.Emit(session.Output{Cell: cell, Kind: "stream", Name: "stderr", Text: b.String()})
		return
	}
	os.Stderr.WriteString(b.String())
}

// clearValue is the builtin clear (Go 1.21), which yaegi lacks: it deletes
// every entry of a map or zeroes every element of a slice.
func clearValue(x any) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Map, reflect.Slice:
		v.Clear()
	default:
		panic(fmt.Sprintf("invalid argument: clear(%T): argument must be a map or slice", x))
	}
}

// prelude declares what Go 1.21+ has as builtins and yaegi lacks. min and
// max take two operands; calls with one or more than two are rewritten
// into nested calls.
const prelude = `func min[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string](x, y T) T {
	if y < x {
		return y
	}
	return x
}
func max[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string](x, y T) T {
	if y > x {
		return y
	}
	return x
}
func clear(x any) { ` + helperPkg + `.Clear(x) }
`
