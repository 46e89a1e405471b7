package processes

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"reflect"
	"runtime/debug"
	"strings"
	"syscall"
)

// The child protocol: the parent and the child talk JSON, one message per
// line, over a unix socket pair that the child sees as file descriptor 3.
// stdin is /dev/null; stdout and stderr are pipes the parent forwards to
// the cell, so the target prints as usual.

// request is a message from the parent.
type request struct {
	// Decls, when SetDecls, replaces the session declarations the child
	// rebuilds its functions from.
	Decls    []string `json:"decls,omitempty"`
	SetDecls bool     `json:"set_decls,omitempty"`
	// Fn names the function to call once per element of Calls (each an
	// argument list); empty means no task.
	ID    uint64              `json:"id,omitempty"`
	Fn    string              `json:"fn,omitempty"`
	Calls [][]json.RawMessage `json:"calls,omitempty"`
	// Items, for a function of one parameter, is a JSON array of N
	// arguments, one call each: a chunk of a Map decoded in one go.
	Items json.RawMessage `json:"-"` // the frame's payload
	N     int             `json:"n,omitempty"`
	// Enc, if set, is the binary encoding of Items (see encodeBinary).
	Enc string `json:"enc,omitempty"`
	// Exit asks the child to exit after this task: code 0, or 1 if the
	// call panicked (a Process rather than a pool worker).
	Exit bool `json:"exit,omitempty"`
	// Globals are the parent's shared objects by variable name (JSON
	// references), set in the child before the call (see globals.go).
	Globals map[string]json.RawMessage `json:"globals,omitempty"`
	// Ack asks for a reply with Started set once the function is found,
	// before it is called: the parent of a native child learns that a
	// death after it is the task's, not a broken program's.
	Ack bool `json:"ack,omitempty"`
}

// reply answers a request with one result per call.
type reply struct {
	ID      uint64       `json:"id"`
	Results []callResult `json:"results,omitempty"`
	// Out, for a batch of Items whose function has one result (besides
	// an error), is the JSON array of the results; Fails holds the calls
	// that failed (their place in Out is the zero value).
	Out   json.RawMessage    `json:"-"` // the frame's payload
	Fails map[int]callResult `json:"fails,omitempty"`
	// Enc, if set, is the binary encoding of Out (see encodeBinary).
	Enc string `json:"enc,omitempty"`
	// Started acknowledges a request with Ack: the call is about to run
	// (the results come in a later reply).
	Started bool `json:"started,omitempty"`
	// NotFound says the function could not be found (its calls carry the
	// error): a native child lacking it is replaced by another child.
	NotFound bool `json:"not_found,omitempty"`
}

type callResult struct {
	// Out holds the results, without a trailing error result.
	Out []json.RawMessage `json:"out,omitempty"`
	// Err is a returned non-nil error or why the call could not run.
	Err string `json:"err,omitempty"`
	// Panic is the panic value; Trace the child's stack at the panic.
	Panic string `json:"panic,omitempty"`
	Trace string `json:"trace,omitempty"`
}

// Resolver rebuilds the session's definitions from their declarations
// (kernel/eval.ChildResolver does it with a fresh interpreter) and returns
// a lookup of top-level functions by name.
//
//	os.Exit(processes.RunChild(eval.ChildResolver))
type Resolver func(decls []string) (lookup func(name string) (reflect.Value, error), err error)

const controlFD = 3

// RunChild serves the parent that started this process with ChildCommand
// and returns the exit code. Functions passed to Register are found by
// name first; others through r (nil: registered functions only).
//
//	if len(os.Args) > 1 && os.Args[1] == processes.ChildCommand {
//		os.Exit(processes.RunChild(nil))
//	}
func RunChild(r Resolver) int {
	// Our own children must not keep the control socket open, or the
	// parent would not see this process die.
	syscall.CloseOnExec(controlFD)
	// Interrupts reach a child through its parent (which kills it), not
	// as a SIGINT sent to the whole process group.
	signal.Ignore(syscall.SIGINT)
	f := os.NewFile(controlFD, "control")
	conn, err := net.FileConn(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gokernel child: no control connection on fd %d: %v (this command is started by runtime/processes)\n", controlFD, err)
		return 2
	}
	c := child{resolver: r, cache: map[string]reflect.Value{}}
	rd := bufio.NewReaderSize(conn, 64<<10)
	w := bufio.NewWriterSize(conn, 64<<10)
	for {
		var req request
		payload, err := readFrame(rd, &req)
		req.Items = payload
		if err != nil {
			if errors.Is(err, io.EOF) {
				return 0 // the parent is done with us
			}
			fmt.Fprintf(os.Stderr, "gokernel child: bad request: %v\n", err)
			return 2
		}
		if req.SetDecls {
			c.setDecls(req.Decls)
		}
		if req.Fn == "" {
			continue
		}
		if len(req.Globals) > 0 {
			// The target's declarations first: its variables are set next.
			c.find(req.Fn)
			c.setGlobals(req.Globals)
		}
		if req.Ack {
			if _, err := c.find(req.Fn); err == nil {
				writeFrame(w, reply{ID: req.ID, Started: true}, nil)
			}
		}
		rep, panicked := c.run(req)
		if req.Exit && panicked != nil {
			fmt.Fprintf(os.Stderr, "panic in %s (process %d): %s\n", req.Fn, os.Getpid(), panicked.Panic)
			if panicked.Trace != "" {
				fmt.Fprintf(os.Stderr, "\n%s", panicked.Trace)
			}
		}
		writeFrame(w, rep, rep.Out)
		if req.Exit {
			if panicked != nil {
				return 1
			}
			return 0
		}
	}
}

type child struct {
	resolver  Resolver
	lookup    func(string) (reflect.Value, error)
	lookupErr error
	cache     map[string]reflect.Value
}

func (c *child) setDecls(decls []string) {
	c.cache = map[string]reflect.Value{}
	c.lookup, c.lookupErr = nil, nil
	if c.resolver != nil {
		c.lookup, c.lookupErr = c.resolver(decls)
	}
}

func (c *child) find(name string) (reflect.Value, error) {
	if v, ok := c.cache[name]; ok {
		return v, nil
	}
	if v, ok := registered(name); ok {
		return v, nil
	}
	if c.lookupErr != nil {
		return reflect.Value{}, fmt.Errorf("the child process could not rebuild the session's declarations: %v", c.lookupErr)
	}
	if c.lookup == nil {
		return reflect.Value{}, fmt.Errorf("no function %q in the child process (not registered with processes.Register)", name)
	}
	v, err := c.lookup(name)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("the child process cannot find function %s: %v", name, err)
	}
	if v.Kind() != reflect.Func {
		return reflect.Value{}, fmt.Errorf("%s is a %s in the child process, not a function", name, v.Kind())
	}
	c.cache[name] = v
	return v, nil
}

// run calls the task's function once per argument list and reports the
// first panic (for a Process, which then exits 1).
func (c *child) run(req request) (reply, *callResult) {
	fn, err := c.find(req.Fn)
	if req.Items != nil {
		rep, panicked := runItems(req, fn, err)
		rep.NotFound = err != nil
		return rep, panicked
	}
	rep := reply{ID: req.ID, Results: make([]callResult, len(req.Calls)), NotFound: err != nil}
	var panicked *callResult
	for i, args := range req.Calls {
		if err != nil {
			rep.Results[i] = callResult{Err: err.Error()}
			continue
		}
		rep.Results[i] = call(req.Fn, fn, args)
		if rep.Results[i].Panic != "" && panicked == nil {
			panicked = &rep.Results[i]
		}
	}
	return rep, panicked
}

// runItems runs a batch of one-argument calls, decoding the arguments and
// encoding the results in one go when the types allow (fast Map).
func runItems(req request, fn reflect.Value, err error) (reply, *callResult) {
	rep := reply{ID: req.ID}
	var binArgs reflect.Value
	if req.Enc != "" {
		ok := false
		if err == nil && fn.Type().NumIn() == 1 && !fn.Type().IsVariadic() {
			binArgs, ok = decodeBinary(req.Items, req.Enc, reflect.SliceOf(fn.Type().In(0)))
		}
		if !ok {
			req.Items, req.Enc = binaryJSON(req.Items, req.Enc), ""
		}
	}
	var raws []json.RawMessage
	perCall := func() (reply, *callResult) {
		if req.Enc != "" {
			req.Items, req.Enc = binaryJSON(req.Items, req.Enc), ""
		}
		if raws == nil {
			if e := json.Unmarshal(req.Items, &raws); e != nil && err == nil {
				err = fmt.Errorf("bad batch of arguments: %v", e)
			}
		}
		rep.Results = make([]callResult, req.N)
		for i := range rep.Results {
			if err != nil || i >= len(raws) {
				if err == nil {
					err = fmt.Errorf("batch of %d arguments holds %d", req.N, len(raws))
				}
				rep.Results[i] = callResult{Err: err.Error()}
				continue
			}
			rep.Results[i] = call(req.Fn, fn, []json.RawMessage{raws[i]})
		}
		return rep, nil
	}
	if err != nil {
		return perCall()
	}
	ft := fn.Type()
	if ft.NumIn() != 1 || ft.IsVariadic() {
		return perCall() // reports the argument count
	}
	argsType := reflect.SliceOf(ft.In(0))
	args, ok := binArgs, binArgs.IsValid()
	if !ok {
		args, ok = decodeNumbers(req.Items, argsType)
	}
	if !ok {
		p := reflect.New(argsType)
		p.Elem().Set(reflect.MakeSlice(argsType, 0, req.N)) // decoding appends: no regrowth
		if json.Unmarshal(req.Items, p.Interface()) != nil {
			return perCall() // says which item does not decode
		}
		args = p.Elem()
	}
	if args.Len() != req.N {
		return perCall()
	}
	in := make([]reflect.Value, 1) // reused: one call at a time
	nout := ft.NumOut()
	if nout > 0 && ft.Out(nout-1) == errorType {
		nout--
	}
	if nout != 1 {
		rep.Results = make([]callResult, req.N)
		for i := range rep.Results {
			outs, res := invoke(fn, argAt(in, args, i))
			if res.Err == "" && res.Panic == "" {
				res = encodeOuts(req.Fn, outs)
			}
			rep.Results[i] = res
		}
		return rep, nil
	}
	out := reflect.MakeSlice(reflect.SliceOf(ft.Out(0)), req.N, req.N)
	fails, direct := callBatch(fn, args, out)
	rep.Fails = fails
	for i := 0; i < req.N && !direct; i++ {
		outs, res := invoke(fn, argAt(in, args, i))
		if res.Err != "" || res.Panic != "" {
			if rep.Fails == nil {
				rep.Fails = map[int]callResult{}
			}
			rep.Fails[i] = res
			continue
		}
		out.Index(i).Set(outs[0])
	}
	b, enc, ok := encodeBinary(out)
	if !ok {
		b, ok = encodeNumbers(out)
	}
	var merr error
	if !ok {
		b, merr = json.Marshal(out.Interface())
	}
	if merr != nil {
		// Some result cannot cross: say which, one by one.
		rep.Results = make([]callResult, req.N)
		for i := range rep.Results {
			if f, ok := rep.Fails[i]; ok {
				rep.Results[i] = f
			} else {
				rep.Results[i] = encodeOuts(req.Fn, []reflect.Value{out.Index(i)})
			}
		}
		rep.Fails = nil
		return rep, nil
	}
	rep.Out, rep.Enc = b, enc
	return rep, nil
}

var errorType = reflect.TypeOf((*error)(nil)).Elem()

func argAt(in []reflect.Value, args reflect.Value, i int) []reflect.Value {
	in[0] = args.Index(i)
	return in
}

// call decodes one argument list into the function's parameter types,
// calls it and encodes its results.
func call(name string, fn reflect.Value, raw []json.RawMessage) callResult {
	ft := fn.Type()
	n := ft.NumIn()
	if ft.IsVariadic() && len(raw) < n-1 || !ft.IsVariadic() && len(raw) != n {
		return callResult{Err: fmt.Sprintf("%s takes %d arguments in the child process (%s); got %d", name, n, ft, len(raw))}
	}
	args := make([]reflect.Value, len(raw))
	for i, r := range raw {
		p := reflect.New(paramType(ft, i))
		if err := json.Unmarshal(r, p.Interface()); err != nil {
			return callResult{Err: fmt.Sprintf("argument %d of %s: cannot decode %s as %s: %v", i+1, name, r, p.Type().Elem(), err)}
		}
		args[i] = p.Elem()
	}
	outs, res := invoke(fn, args)
	if res.Err != "" || res.Panic != "" {
		return res
	}
	return encodeOuts(name, outs)
}

// invoke calls fn, catching a panic, and splits off a trailing error
// result.
func invoke(fn reflect.Value, args []reflect.Value) (outs []reflect.Value, res callResult) {
	defer func() {
		if p := recover(); p != nil {
			outs, res = nil, callResult{Panic: fmt.Sprint(p), Trace: cleanTrace(string(debug.Stack()))}
		}
	}()
	outs = fn.Call(args)
	ft := fn.Type()
	if k := len(outs); k > 0 && ft.Out(k-1) == errorType {
		if e := outs[k-1]; !e.IsNil() {
			return nil, callResult{Err: e.Interface().(error).Error()}
		}
		outs = outs[:k-1]
	}
	return outs, callResult{}
}

func encodeOuts(name string, outs []reflect.Value) callResult {
	res := callResult{Out: make([]json.RawMessage, len(outs))}
	for i, o := range outs {
		b, err := json.Marshal(o.Interface())
		if err != nil {
			return callResult{Err: fmt.Sprintf("result %d of %s cannot cross back to the parent: %v", i+1, name, err)}
		}
		res.Out[i] = b
	}
	return res
}

// Frames of the machinery between the child's main and the target: they
// say nothing about the learner's code.
var machinery = []string{
	"runtime/debug.Stack(", "panic(", "runtime.gopanic(", "runtime.goexit(",
	"reflect.", "github.com/traefik/yaegi/", "main.main(",
	"gokernel/runtime/processes.invoke", "gokernel/runtime/processes.call(",
	"gokernel/runtime/processes.runItems(", "gokernel/runtime/processes.(*child).run(",
	"gokernel/runtime/processes.callBatch(", "gokernel/runtime/processes.callEach[",
	"gokernel/runtime/processes.callFrom[",
	"gokernel/runtime/processes.RunChild(",
}

// cleanTrace keeps the frames of a goroutine stack that are not
// machinery; "" if none are left (an interpreted function's position is
// printed by the interpreter itself).
func cleanTrace(stack string) string {
	lines := strings.Split(strings.TrimRight(stack, "\n"), "\n")
	if len(lines) < 3 {
		return stack
	}
	var kept []string
	for i := 1; i+1 < len(lines); i += 2 {
		fn, file := lines[i], lines[i+1]
		skip := false
		for _, m := range machinery {
			if strings.HasPrefix(fn, m) {
				skip = true
				break
			}
		}
		if !skip {
			kept = append(kept, fn, file)
		}
	}
	if len(kept) == 0 {
		return ""
	}
	return lines[0] + "\n" + strings.Join(kept, "\n") + "\n"
}

// callBatch calls fn once per element of args into out with plain Go
// calls when fn has one of the signatures Map is most used with (reflect
// would cost ~100 ns a call); false if it has another. Failed calls are
// in the map, their place in out left zero.
func callBatch(fn, args, out reflect.Value) (map[int]callResult, bool) {
	if !fn.CanInterface() {
		return nil, false
	}
	switch f := fn.Interface().(type) {
	case func(int) int:
		return callEach(f, args, out)
	case func(int) float64:
		return callEach(f, args, out)
	case func(float64) float64:
		return callEach(f, args, out)
	case func(float64) int:
		return callEach(f, args, out)
	case func(int) bool:
		return callEach(f, args, out)
	case func(int) string:
		return callEach(f, args, out)
	case func(string) string:
		return callEach(f, args, out)
	case func(string) int:
		return callEach(f, args, out)
	}
	return nil, false
}

func callEach[A, R any](f func(A) R, args, out reflect.Value) (map[int]callResult, bool) {
	a, ok := args.Interface().([]A)
	o, ok2 := out.Interface().([]R)
	if !ok || !ok2 || len(a) != len(o) {
		return nil, false
	}
	var fails map[int]callResult
	for i := 0; i < len(a); {
		i = callFrom(f, a, o, i, &fails)
	}
	return fails, true
}

// callFrom calls f from a[i] on and returns where to go on: after the
// end, or after a call that panicked (recorded in fails).
func callFrom[A, R any](f func(A) R, a []A, o []R, i int, fails *map[int]callResult) (next int) {
	defer func() {
		if p := recover(); p != nil {
			if *fails == nil {
				*fails = map[int]callResult{}
			}
			(*fails)[next] = callResult{Panic: fmt.Sprint(p), Trace: cleanTrace(string(debug.Stack()))}
			next++
		}
	}()
	for next = i; next < len(a); next++ {
		o[next] = f(a[next])
	}
	return next
}
