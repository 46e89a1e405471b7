package processes

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync"
)

// ChildCommand is the first argument that makes the gokernel binary run as
// a child process of this package (see RunChild).
//
//	gokernel __child   (started by this package, never by hand)
const ChildCommand = "__child"

// TargetTakers names every function and method of this package whose first
// argument is a target function. The evaluator rewrites a call X.M(f, ...)
// with M in this list and f a top-level function of the session into
// X.M(processes.Func("f", f), ...), so that the child can find f by name.
//
//	pool.Map(greet, names) // runs as pool.Map(processes.Func("greet", greet), names)
var TargetTakers = []string{
	"Start", "New", "NewProcess",
	"Map", "MapAsync", "MapInto", "MapProgress", "Apply", "ApplyAsync",
	"Starmap", "StarmapAsync", "Imap", "ImapUnordered", "WaitCompiled",
}

// Target is a named top-level function of the session: what a child
// process runs. Cells rarely build one: the evaluator wraps the function
// names it sees, so processes.Start(greet, "Harry") works as written.
//
//	p, err := processes.Start(processes.Func("greet", greet), "Harry")
type Target struct {
	// Name is the function's name in the session's declarations.
	Name string
	// Fn is the function itself; its signature checks the arguments
	// before anything starts and types the results.
	Fn any
}

// Func names fn so that a child process can find it.
//
//	t := processes.Func("greet", greet)
func Func(name string, fn any) Target { return Target{Name: name, Fn: fn} }

// Function returns the function itself. Helpers of other packages that
// take a function (threads.Start) can accept a Target through
// interface{ Function() any } without importing this package, in case the
// evaluator wrapped their argument too.
//
//	fn := processes.Func("greet", greet).Function()
func (t Target) Function() any { return t.Fn }

var (
	registryMu sync.Mutex
	registry   = map[string]reflect.Value{}
)

// Register makes fn runnable in a child process under name, for compiled
// Go programs and tests that have no interpreter. Call it from init (the
// child is the same program and must register the same names), and call
// RunChild from main when os.Args[1] is ChildCommand.
//
//	func init() { processes.Register("square", square) }
func Register(name string, fn any) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func {
		panic(fmt.Sprintf("processes.Register(%q): got %T, want a function", name, fn))
	}
	registryMu.Lock()
	registry[name] = v
	registryMu.Unlock()
}

func registered(name string) (reflect.Value, bool) {
	registryMu.Lock()
	defer registryMu.Unlock()
	v, ok := registry[name]
	return v, ok
}

// registeredName finds a registered function by identity (works for
// compiled functions, whose code pointer is stable).
func registeredName(v reflect.Value) (string, bool) {
	p := v.Pointer()
	registryMu.Lock()
	defer registryMu.Unlock()
	for name, f := range registry {
		if f.Type() == v.Type() && f.Pointer() == p {
			return name, true
		}
	}
	return "", false
}

// target is a resolved Target: a name the child can look up and, when
// known, the function's type.
type target struct {
	name string
	typ  reflect.Type // nil when unknown
	// globals are the session's shared objects as the target was
	// resolved, sent with each task (see globals.go).
	globals map[string]json.RawMessage
}

var errAnonymous = errors.New("a process runs a top-level function declared in a cell; got an anonymous function")

func resolveTarget(t any) (tg target, err error) {
	defer func() {
		if err == nil {
			tg.globals = refGlobals()
		}
	}()
	switch t := t.(type) {
	case Target:
		return namedTarget(t)
	case *Target:
		if t == nil {
			return target{}, errors.New("a process needs a function to run; got a nil *Target")
		}
		return namedTarget(*t)
	case nil:
		return target{}, errors.New("a process needs a function to run; got nil")
	}
	v := reflect.ValueOf(t)
	if v.Kind() != reflect.Func {
		return target{}, fmt.Errorf("a process runs a function; got %T", t)
	}
	if v.IsNil() {
		return target{}, errors.New("a process needs a function to run; got a nil function")
	}
	if name, ok := registeredName(v); ok {
		return target{name: name, typ: v.Type()}, nil
	}
	return target{}, errAnonymous
}

func namedTarget(t Target) (target, error) {
	if t.Name == "" {
		return target{}, errAnonymous
	}
	if t.Fn == nil {
		return target{name: t.Name}, nil
	}
	v := reflect.ValueOf(t.Fn)
	if v.Kind() != reflect.Func {
		return target{}, fmt.Errorf("processes.Func(%q, ...): got %T, want a function", t.Name, t.Fn)
	}
	return target{name: t.Name, typ: v.Type()}, nil
}

// encodeArgs checks args against the target's signature and encodes each
// as JSON, so that a bad argument is reported before anything starts.
func (t target) encodeArgs(args []any) ([]json.RawMessage, error) {
	if t.typ != nil {
		n := t.typ.NumIn()
		if t.typ.IsVariadic() {
			if len(args) < n-1 {
				return nil, fmt.Errorf("%s takes at least %d arguments (%s); got %d", t.name, n-1, t.typ, len(args))
			}
		} else if len(args) != n {
			return nil, fmt.Errorf("%s takes %d argument%s (%s); got %d", t.name, n, plural(n), t.typ, len(args))
		}
	}
	out := make([]json.RawMessage, len(args))
	for i, a := range args {
		var want reflect.Type
		if t.typ != nil {
			want = paramType(t.typ, i)
		}
		raw, err := encodeValue(a, want)
		if err != nil {
			return nil, fmt.Errorf("argument %d of %s: %w", i+1, t.name, err)
		}
		out[i] = raw
	}
	return out, nil
}

func paramType(ft reflect.Type, i int) reflect.Type {
	n := ft.NumIn()
	if ft.IsVariadic() && i >= n-1 {
		return ft.In(n - 1).Elem()
	}
	return ft.In(i)
}

// encodeValue encodes v for a child whose parameter has type want (nil:
// unknown), refusing what cannot cross by value.
func encodeValue(v any, want reflect.Type) (json.RawMessage, error) {
	if err := checkCrossable(reflect.ValueOf(v), 0); err != nil {
		return nil, err
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("%s cannot cross to a child process: %v", describe(v), err)
	}
	if want == nil || v == nil || reflect.TypeOf(v).AssignableTo(want) {
		return raw, nil
	}
	// Not the parameter's own type: it crosses only if its JSON decodes
	// into that type (an int into a float64, a []any of strings into a
	// []string).
	if err := json.Unmarshal(raw, reflect.New(want).Interface()); err != nil {
		return nil, fmt.Errorf("cannot use %s as %s", describe(v), want)
	}
	return raw, nil
}

func describe(v any) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprintf("a %T", v)
}

var marshalerType = reflect.TypeOf((*json.Marshaler)(nil)).Elem()

// checkCrossable walks v for values JSON would refuse or silently drop:
// funcs, chans and unsafe pointers, with a message that says where.
func checkCrossable(v reflect.Value, depth int) error {
	if !v.IsValid() || depth > 64 {
		return nil
	}
	t := v.Type()
	if t.Implements(marshalerType) {
		return nil // crosses by its own encoding (shared values, queues)
	}
	switch t.Kind() {
	case reflect.Func:
		return fmt.Errorf("a function (%s) cannot cross to a child process: pass its result, or name a top-level function the child can call itself", t)
	case reflect.Chan:
		return fmt.Errorf("a channel (%s) cannot cross to a child process: processes share no memory; use a queues.Queue or queues.Pipe", t)
	case reflect.UnsafePointer:
		return fmt.Errorf("an unsafe.Pointer cannot cross to a child process")
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return checkCrossable(v.Elem(), depth+1)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() || f.Tag.Get("json") == "-" {
				continue
			}
			if err := checkCrossable(v.Field(i), depth+1); err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
		}
	case reflect.Slice, reflect.Array:
		if !mayHoldUncrossable(t.Elem(), 0) {
			return nil
		}
		for i := 0; i < v.Len(); i++ {
			if err := checkCrossable(v.Index(i), depth+1); err != nil {
				return fmt.Errorf("element %d: %w", i, err)
			}
		}
	case reflect.Map:
		if !mayHoldUncrossable(t.Elem(), 0) {
			return nil
		}
		it := v.MapRange()
		for it.Next() {
			if err := checkCrossable(it.Value(), depth+1); err != nil {
				return fmt.Errorf("map value %v: %w", it.Key(), err)
			}
		}
	}
	return nil
}

// mayHoldUncrossable tells from the type alone whether a value could
// contain a func, chan or unsafe pointer (so big []int skip the walk).
func mayHoldUncrossable(t reflect.Type, depth int) bool {
	if depth > 16 {
		return true
	}
	switch t.Kind() {
	case reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		return mayHoldUncrossable(t.Elem(), depth+1)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if mayHoldUncrossable(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
