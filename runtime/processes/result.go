package processes

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"time"

	"gokernel/runtime/display"
)

// ErrTimeout is returned by GetTimeout when the results are not ready.
//
//	if _, err := res.GetTimeout(time.Second); err == processes.ErrTimeout { ... }
var ErrTimeout = errors.New("timed out: the results are not ready yet")

// AsyncResult is the future result of work given to a Pool (MapAsync,
// StarmapAsync, ApplyAsync).
//
//	res := pool.MapAsync(square, []int{1, 2, 3})
//	fmt.Println("submitted")
//	squares, err := res.Get() // waits: [1 4 9]
type AsyncResult struct {
	target  target
	cell    string
	single  bool
	untrack func()

	mu      sync.Mutex
	cond    *sync.Cond
	values  []any
	errs    []error // nil until a call fails
	ended   []bool
	order   []int // item indexes in the order they ended
	whole   error // failed as a whole (bad input, closed pool, interrupt)
	noneRan bool  // whole came before any call ended: there are no results
	done    chan struct{}

	progress *display.ProgressBar // ShowProgress

}

func newAsyncResult(n int, single bool) *AsyncResult {
	r := &AsyncResult{single: single, values: make([]any, n), ended: make([]bool, n), order: make([]int, 0, n), done: make(chan struct{})}
	r.cond = sync.NewCond(&r.mu)
	if n == 0 {
		close(r.done)
	}
	return r
}

// Ready tells whether every call has ended (succeeded or failed).
//
//	if res.Ready() { ... }
func (r *AsyncResult) Ready() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
}

// Wait blocks until every call has ended.
//
//	res.Wait()
func (r *AsyncResult) Wait() { <-r.done }

// WaitTimeout waits at most d and tells whether every call has ended.
//
//	if !res.WaitTimeout(time.Second) { fmt.Println("still working") }
func (r *AsyncResult) WaitTimeout(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-r.done:
		return true
	case <-t.C:
		return false
	}
}

// Get waits and returns the results in input order, with the first
// failed call's error (ApplyAsync: a one-element slice; see Value). When
// nothing ran (bad arguments, a closed pool) the results are nil. GetInto
// gives them in a slice of their own type.
//
//	squares, err := res.Get()
func (r *AsyncResult) Get() ([]any, error) {
	<-r.done
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.noneRan {
		return nil, r.whole
	}
	return append([]any(nil), r.values...), r.firstErr()
}

// GetTimeout is Get waiting at most d; then it returns ErrTimeout.
//
//	squares, err := res.GetTimeout(5 * time.Second)
func (r *AsyncResult) GetTimeout(d time.Duration) ([]any, error) {
	if !r.WaitTimeout(d) {
		return nil, ErrTimeout
	}
	return r.Get()
}

// Value waits and returns the single result of ApplyAsync (for a map, the
// results as a []any).
//
//	v, err := pool.ApplyAsync(add, 1, 2).Value() // 3
func (r *AsyncResult) Value() (any, error) {
	vals, err := r.Get()
	if r.single {
		if len(vals) == 0 {
			return nil, err
		}
		return vals[0], err
	}
	return vals, err
}

// Successful tells whether every call has ended without error (false
// while some still run).
//
//	fmt.Println(res.Successful())
func (r *AsyncResult) Successful() bool {
	if !r.Ready() {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.firstErr() == nil
}

// String describes the state of the result.
//
//	fmt.Println(res) // AsyncResult(greet: 5 of 7 calls ended)
func (r *AsyncResult) String() string {
	r.mu.Lock()
	n, total := len(r.order), len(r.values)
	r.mu.Unlock()
	return fmt.Sprintf("AsyncResult(%s: %d of %d calls ended)", r.target.name, n, total)
}

func (r *AsyncResult) firstErr() error {
	if r.whole != nil {
		return r.whole
	}
	for i, err := range r.errs {
		if err != nil {
			return r.itemErr(i, err)
		}
	}
	return nil
}

// errAt is call i's error; r.mu is held.
func (r *AsyncResult) errAt(i int) error {
	if r.errs == nil {
		return nil
	}
	return r.errs[i]
}

// itemErr says which item failed, unless the failure was not the item's.
func (r *AsyncResult) itemErr(i int, err error) error {
	if r.single || err == r.whole || errors.Is(err, ErrPoolTerminated) {
		return err
	}
	return fmt.Errorf("item %d: %w", i, err)
}

// deliver records the child's results for the calls of c.
func (r *AsyncResult) deliver(c *chunk, rep reply, pid int) {
	if rep.Out != nil {
		r.deliverBatch(c, rep, pid)
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for k := 0; k < c.n; k++ {
		var v any
		var err error
		if k < len(rep.Results) {
			v, err = decodeResult(r.target, rep.Results[k], pid)
		} else {
			err = fmt.Errorf("%s: process %d sent no result", r.target.name, pid)
		}
		r.end(c.first+k, v, err)
	}
}

// deliverBatch decodes a batch's results in one go into the function's
// result type.
func (r *AsyncResult) deliverBatch(c *chunk, rep reply, pid int) {
	typ := reflect.TypeOf([]any(nil))
	if t := r.target.typ; t != nil && t.NumOut() > 0 {
		typ = reflect.SliceOf(t.Out(0))
	}
	var err error
	var out reflect.Value
	ok := false
	if rep.Enc != "" {
		if out, ok = decodeBinary(rep.Out, rep.Enc, typ); !ok {
			rep.Out = binaryJSON(rep.Out, rep.Enc)
		}
	}
	if !ok {
		out, ok = decodeNumbers(rep.Out, typ)
	}
	if !ok {
		p := reflect.New(typ)
		p.Elem().Set(reflect.MakeSlice(typ, 0, c.n)) // decoding appends: no regrowth
		err = json.Unmarshal(rep.Out, p.Interface())
		out = p.Elem()
	}
	if err == nil && out.Len() != c.n {
		err = fmt.Errorf("%d results for %d calls", out.Len(), c.n)
	}
	box := func(k int) any { return out.Index(k).Interface() }
	if err == nil {
		if b, ok := numberBoxer(out); ok {
			box = b
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for k := 0; k < c.n; k++ {
		switch f, failed := rep.Fails[k]; {
		case failed:
			_, ferr := decodeResult(r.target, f, pid)
			r.end(c.first+k, nil, ferr)
		case err != nil:
			r.end(c.first+k, nil, &TaskError{Func: r.target.name, Pid: pid, Message: "cannot decode the results: " + err.Error()})
		default:
			r.end(c.first+k, box(k), nil)
		}
	}
}

// failChunk fails the calls of c that have not ended.
func (r *AsyncResult) failChunk(c *chunk, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for k := 0; k < c.n; k++ {
		r.end(c.first+k, nil, err)
	}
}

// failAll fails every call that has not ended.
func (r *AsyncResult) failAll(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.whole == nil {
		r.whole, r.noneRan = err, len(r.order) == 0
	}
	for i := range r.values {
		r.end(i, nil, err)
	}
}

// end records call i once; r.mu is held.
func (r *AsyncResult) end(i int, v any, err error) {
	if r.ended[i] {
		return
	}
	r.ended[i] = true
	r.values[i] = v
	if err != nil {
		if r.errs == nil {
			r.errs = make([]error, len(r.values))
		}
		r.errs[i] = err
	}
	r.order = append(r.order, i)
	if r.progress != nil {
		r.progress.Add(1)
	}
	r.cond.Broadcast()
	if len(r.order) == len(r.values) {
		close(r.done)
		if r.untrack != nil {
			go r.untrack() // not under r.mu: untrack takes the session lock
		}
	}
}

// Iterator gives the results of Imap or ImapUnordered one at a time.
//
//	it := pool.Imap(square, []int{1, 2, 3})
//	for it.Next() {
//		fmt.Println(it.Value())
//	}
//	if err := it.Err(); err != nil { fmt.Println(err) }
type Iterator struct {
	res       *AsyncResult
	unordered bool
	pos       int
	index     int
	value     any
	err       error
}

// Next waits for the next result and tells whether there is one; it
// returns false at the end or at the first failed call (see Err).
//
//	for it.Next() { fmt.Println(it.Value()) }
func (it *Iterator) Next() bool {
	if it.err != nil {
		return false
	}
	r := it.res
	r.mu.Lock()
	defer r.mu.Unlock()
	if it.pos >= len(r.values) {
		return false
	}
	var i int
	if it.unordered {
		for len(r.order) <= it.pos {
			r.cond.Wait()
		}
		i = r.order[it.pos]
	} else {
		i = it.pos
		for !r.ended[i] {
			r.cond.Wait()
		}
	}
	it.pos++
	if err := r.errAt(i); err != nil {
		it.err = r.itemErr(i, err)
		return false
	}
	it.index, it.value = i, r.values[i]
	return true
}

// Value is the result Next moved to (ValueInto stores it in a variable
// of its own type).
//
//	v := it.Value()
func (it *Iterator) Value() any { return it.value }

// Index is the position in the input of the result Next moved to.
//
//	fmt.Println(it.Index(), it.Value())
func (it *Iterator) Index() int { return it.index }

// Err is the error that stopped Next, if a call failed.
//
//	if err := it.Err(); err != nil { fmt.Println(err) }
func (it *Iterator) Err() error { return it.err }
