package processes

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"sync"
	"syscall"

	"gokernel/runtime/session"
)

// ErrPoolClosed is returned for work given to a pool after Close or
// Terminate.
//
//	if errors.Is(err, processes.ErrPoolClosed) { pool = processes.NewPool(3) }
var ErrPoolClosed = errors.New("the pool is closed: it takes no more tasks (make a new pool)")

// ErrPoolTerminated fails the tasks a pool had not finished when it was
// terminated.
//
//	_, err := res.Get() // errors.Is(err, processes.ErrPoolTerminated)
var ErrPoolTerminated = errors.New("the pool was terminated before this task finished")

// ErrInterrupted fails the tasks of a cell that was interrupted: they are
// dropped, and workers running them are killed and replaced.
//
//	_, err := res.Get() // errors.Is(err, processes.ErrInterrupted)
var ErrInterrupted = errors.New("the cell was interrupted before this task finished")

// poolLifetime is the session.Track key of pools: no cell has it, so only
// the end of the session (session.StopAll) stops a pool. Interrupting a
// cell stops that cell's tasks, not the pool.
const poolLifetime = "gokernel/runtime/processes: pools"

// Pool is a fixed set of worker processes that run calls of top-level
// functions, like Python's multiprocessing.Pool. Workers start with the
// pool and serve task after task. What a task prints goes to the cell
// that submitted it. A worker that dies (killed, os.Exit, fatal error)
// fails its task with an error and is replaced. MapInto and GetInto give
// the results in a slice of their own type; MapProgress and ShowProgress
// show a progress bar. The workers run until Close or Terminate: a cell
// that makes a pool while another is open gets a note (see OpenPools).
//
//	pool := processes.NewPool(3)
//	var greetings []string
//	err := pool.MapInto(greet, []string{"Harry", "George", "Dirk"}, &greetings)
//	pool.Close()
//	pool.Join()
type Pool struct {
	size    int
	mu      sync.Mutex
	cond    *sync.Cond
	queue   []*chunk
	closed  bool
	killed  bool // terminated
	workers []*worker
	wg      sync.WaitGroup
	untrack func()
}

// NewPool starts a pool of n worker processes (n <= 0: one per CPU).
//
//	pool := processes.NewPool(3)
func NewPool(n int) *Pool {
	if n <= 0 {
		n = runtime.NumCPU()
	}
	p := &Pool{size: n}
	p.cond = sync.NewCond(&p.mu)
	cell := session.CurrentCell()
	for i := 0; i < n; i++ {
		w := &worker{pool: p}
		p.workers = append(p.workers, w)
		p.wg.Add(1)
		go w.loop(cell)
	}
	p.untrack = session.Track(poolLifetime, func() { p.Terminate() })
	opened(p)
	return p
}

// Size is the number of worker processes.
//
//	fmt.Println(pool.Size())
func (p *Pool) Size() int { return p.size }

// Map calls target once per element of items (any slice or array) in the
// workers and returns the results in input order. The error is the first
// failed call's (in input order), with the worker's traceback if it
// panicked; results of calls that succeeded are still returned. The
// results are values in an interface (any): MapInto stores them in a
// slice of their own type instead, and MapProgress shows a progress bar.
//
//	squares, err := pool.Map(square, []int{1, 2, 3}) // [1 4 9]
func (p *Pool) Map(target any, items any) ([]any, error) {
	return p.MapAsync(target, items).Get()
}

// MapAsync is Map that returns at once; the AsyncResult gives the results.
//
//	res := pool.MapAsync(greet, names)
//	fmt.Println("Done!")
//	res.Wait()
func (p *Pool) MapAsync(target any, items any) *AsyncResult {
	return p.submitItems(target, items, 0)
}

// Starmap is Map for functions of several arguments: each element of
// argLists (a slice of slices) is one call's argument list.
//
//	sums, err := pool.Starmap(add, [][]int{{1, 2}, {3, 4}}) // [3 7]
func (p *Pool) Starmap(target any, argLists any) ([]any, error) {
	return p.StarmapAsync(target, argLists).Get()
}

// StarmapAsync is Starmap that returns at once.
//
//	res := pool.StarmapAsync(add, [][]int{{1, 2}, {3, 4}})
func (p *Pool) StarmapAsync(target any, argLists any) *AsyncResult {
	lists, err := argListsOf(argLists)
	return p.submitLists(target, lists, err, 0, false)
}

// Apply runs one call target(args...) in a worker and returns its result
// (nil, the value, or a []any for several results).
//
//	v, err := pool.Apply(add, 1, 2) // 3
func (p *Pool) Apply(target any, args ...any) (any, error) {
	return p.ApplyAsync(target, args...).Value()
}

// ApplyAsync is Apply that returns at once; Value (or Get) gives the result.
//
//	res := pool.ApplyAsync(add, 1, 2)
//	v, err := res.Value()
func (p *Pool) ApplyAsync(target any, args ...any) *AsyncResult {
	return p.submitLists(target, [][]any{args}, nil, 1, true)
}

// Imap is Map giving the results one by one, in input order, as they
// become ready.
//
//	it := pool.Imap(square, []int{1, 2, 3})
//	for it.Next() {
//		fmt.Println(it.Value())
//	}
//	if err := it.Err(); err != nil { fmt.Println(err) }
func (p *Pool) Imap(target any, items any) *Iterator {
	return &Iterator{res: p.submitItems(target, items, 1)}
}

// ImapUnordered is Imap giving each result as soon as it is ready,
// whatever its place in the input (Index tells it).
//
//	it := pool.ImapUnordered(square, []int{1, 2, 3})
//	for it.Next() {
//		fmt.Println(it.Index(), it.Value())
//	}
func (p *Pool) ImapUnordered(target any, items any) *Iterator {
	return &Iterator{res: p.submitItems(target, items, 1), unordered: true}
}

// Close stops the pool from taking tasks; the workers exit once the tasks
// already given are done. Join waits for that. A pool that is never
// closed keeps its worker processes for the rest of the session (see
// OpenPools): close it at the end of the cell that used it, or with
// defer inside a function (a defer at the top level of a cell runs at
// once, not at the end of the cell).
//
//	pool.Close()
//	pool.Join()
func (p *Pool) Close() {
	p.mu.Lock()
	p.closed = true
	p.cond.Broadcast()
	p.mu.Unlock()
	closed(p)
}

// Join waits for the workers to exit; call Close or Terminate first.
//
//	pool.Close()
//	err := pool.Join()
func (p *Pool) Join() error {
	p.mu.Lock()
	open := !p.closed
	p.mu.Unlock()
	if open {
		return errors.New("the pool is still running: call Close (or Terminate) before Join")
	}
	p.wg.Wait()
	p.untrack()
	return nil
}

// Terminate kills the workers now; unfinished tasks fail with
// ErrPoolTerminated.
//
//	pool.Terminate()
func (p *Pool) Terminate() {
	closed(p)
	p.mu.Lock()
	p.closed, p.killed = true, true
	queued := p.queue
	p.queue = nil
	p.cond.Broadcast()
	p.mu.Unlock()
	for _, c := range queued {
		c.res.failChunk(c, ErrPoolTerminated)
	}
	for _, w := range p.workers {
		w.kill(nil)
	}
	p.wg.Wait()
	p.untrack()
}

// String describes the pool.
//
//	fmt.Println(pool) // Pool(3 workers, running, 0 chunks queued)
func (p *Pool) String() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	state := "running"
	switch {
	case p.killed:
		state = "terminated"
	case p.closed:
		state = "closed"
	}
	return fmt.Sprintf("Pool(%d workers, %s, %d chunks queued)", p.size, state, len(p.queue))
}

// Pids lists the worker processes' ids (0 for one being replaced).
//
//	fmt.Println(pool.Pids())
func (p *Pool) Pids() []int {
	var pids []int
	for _, w := range p.workers {
		w.mu.Lock()
		if w.proc != nil {
			pids = append(pids, w.proc.pid())
		} else {
			pids = append(pids, 0)
		}
		w.mu.Unlock()
	}
	return pids
}

// chunk is a run of consecutive calls of one submission sent to a worker
// in one message (fewer round trips for many small tasks): either
// argument lists, or for a function of one parameter a JSON array of
// the arguments, encoded in one go.
type chunk struct {
	res   *AsyncResult
	first int
	n     int
	calls [][]json.RawMessage
	items json.RawMessage
	enc   string // binary encoding of items (see encodeBinary)
}

// chunkSize is Python's choice: about four chunks per worker.
func (p *Pool) chunkSize(n, given int) int {
	if given > 0 {
		return given
	}
	return max(1, (n+4*p.size-1)/(4*p.size))
}

// submitItems submits one call per element of items. Problems found
// before anything starts fail the whole result at once.
func (p *Pool) submitItems(t any, items any, chunksize int) *AsyncResult {
	tg, err := resolveTarget(t)
	v := reflect.ValueOf(items)
	if err == nil && v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		err = fmt.Errorf("items must be a slice or array; got %s", describe(items))
	}
	if err != nil {
		return p.enqueue(tg, 0, nil, err, false)
	}
	if tg.typ == nil || tg.typ.NumIn() != 1 || tg.typ.IsVariadic() {
		lists := make([][]any, v.Len())
		for i := range lists {
			lists[i] = []any{v.Index(i).Interface()}
		}
		return p.submit(tg, lists, chunksize, false)
	}
	if v.Kind() == reflect.Array {
		s := reflect.MakeSlice(reflect.SliceOf(v.Type().Elem()), v.Len(), v.Len())
		reflect.Copy(s, v)
		v = s
	}
	n := v.Len()
	param := tg.typ.In(0)
	checkItems := func(from, to int) error {
		for i := from; i < to; i++ {
			if _, err := encodeValue(v.Index(i).Interface(), param); err != nil {
				return fmt.Errorf("item %d: argument 1 of %s: %w", i, tg.name, err)
			}
		}
		return nil
	}
	// Items of the parameter's own plain type need no check one by one.
	if et := v.Type().Elem(); mayHoldUncrossable(et, 0) || !et.AssignableTo(param) {
		if err := checkItems(0, n); err != nil {
			return p.enqueue(tg, n, nil, err, false)
		}
	}
	size := p.chunkSize(n, chunksize)
	var chunks []*chunk
	for i := 0; i < n; i += size {
		end := min(i+size, n)
		raw, enc, ok := encodeBinary(v.Slice(i, end))
		if !ok {
			raw, ok = encodeNumbers(v.Slice(i, end))
		}
		var err error
		if !ok {
			raw, err = json.Marshal(v.Slice(i, end).Interface())
		}
		if err != nil {
			if err = checkItems(i, end); err == nil {
				err = fmt.Errorf("items %d to %d: %v", i, end-1, err)
			}
			return p.enqueue(tg, n, nil, err, false)
		}
		chunks = append(chunks, &chunk{first: i, n: end - i, items: raw, enc: enc})
	}
	return p.enqueue(tg, n, chunks, nil, false)
}

// submit submits one call per argument list.
func (p *Pool) submit(tg target, lists [][]any, chunksize int, single bool) *AsyncResult {
	calls := make([][]json.RawMessage, len(lists))
	for i, args := range lists {
		var err error
		calls[i], err = tg.encodeArgs(args)
		if err != nil {
			if !single {
				err = fmt.Errorf("item %d: %w", i, err)
			}
			return p.enqueue(tg, len(lists), nil, err, single)
		}
	}
	size := p.chunkSize(len(calls), chunksize)
	var chunks []*chunk
	for i := 0; i < len(calls); i += size {
		end := min(i+size, len(calls))
		chunks = append(chunks, &chunk{first: i, n: end - i, calls: calls[i:end]})
	}
	return p.enqueue(tg, len(calls), chunks, nil, single)
}

// submitLists resolves the target and submits argument lists.
func (p *Pool) submitLists(t any, lists [][]any, err error, chunksize int, single bool) *AsyncResult {
	tg, terr := resolveTarget(t)
	if err == nil {
		err = terr
	}
	if err != nil {
		return p.enqueue(tg, len(lists), nil, err, single)
	}
	return p.submit(tg, lists, chunksize, single)
}

// enqueue makes the AsyncResult of n calls and queues their chunks (or
// fails them all with err).
func (p *Pool) enqueue(tg target, n int, chunks []*chunk, err error, single bool) *AsyncResult {
	cell := session.CurrentCell()
	res := newAsyncResult(n, single)
	res.target, res.cell = tg, cell
	if err != nil {
		res.failAll(err)
		return res
	}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		res.failAll(ErrPoolClosed)
		return res
	}
	if len(chunks) == 0 {
		p.mu.Unlock()
		return res
	}
	for _, c := range chunks {
		c.res = res
	}
	res.untrack = session.Track(cell, func() { p.cancel(res) })
	p.queue = append(p.queue, chunks...)
	p.cond.Broadcast()
	p.mu.Unlock()
	return res
}

// next returns the next chunk, waiting for one; nil tells the worker to
// exit.
func (p *Pool) next() *chunk {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.queue) == 0 && !p.closed {
		p.cond.Wait()
	}
	return p.pop(nil)
}

// nextOf returns the next chunk if it belongs to res, without waiting.
func (p *Pool) nextOf(res *AsyncResult) *chunk {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pop(res)
}

// pop takes the first chunk (if it belongs to res, unless res is nil);
// p.mu is held.
func (p *Pool) pop(res *AsyncResult) *chunk {
	if p.killed || len(p.queue) == 0 || res != nil && p.queue[0].res != res {
		return nil
	}
	c := p.queue[0]
	p.queue[0] = nil
	p.queue = p.queue[1:]
	return c
}

// requeue puts back chunks a dead worker never started.
func (p *Pool) requeue(cs []*chunk) {
	if len(cs) == 0 {
		return
	}
	p.mu.Lock()
	if p.killed {
		p.mu.Unlock()
		for _, c := range cs {
			c.res.failChunk(c, ErrPoolTerminated)
		}
		return
	}
	p.queue = append(append([]*chunk(nil), cs...), p.queue...)
	p.cond.Broadcast()
	p.mu.Unlock()
}

// cancel stops a submission whose cell was interrupted: queued chunks are
// dropped and workers busy with it are killed (and replaced).
func (p *Pool) cancel(res *AsyncResult) {
	p.mu.Lock()
	kept := p.queue[:0]
	for _, c := range p.queue {
		if c.res != res {
			kept = append(kept, c)
		}
	}
	for i := len(kept); i < len(p.queue); i++ {
		p.queue[i] = nil
	}
	p.queue = kept
	p.mu.Unlock()
	res.failAll(ErrInterrupted)
	for _, w := range p.workers {
		w.kill(res)
	}
}

func (p *Pool) terminated() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.killed
}

// worker runs chunks in one child process, starting a new one when the
// child dies.
type worker struct {
	pool    *Pool
	mu      sync.Mutex
	proc    *proc
	running *AsyncResult
	last    *AsyncResult // the submission it served last (its goroutine only)
}

func (w *worker) loop(cell string) {
	defer w.pool.wg.Done()
	// Start at once so the first task does not wait for the child.
	w.ensureProc(cell)
	for {
		c := w.pool.next()
		if c == nil {
			w.stop()
			return
		}
		w.serve(c)
	}
}

// ensureProc returns the worker's child, starting one if needed. Only the
// worker's goroutine calls it; w.mu is not held while starting, so that
// Terminate is never kept waiting.
func (w *worker) ensureProc(cell string) (*proc, error) {
	w.mu.Lock()
	c := w.proc
	w.mu.Unlock()
	if c != nil {
		return c, nil
	}
	if w.pool.terminated() {
		return nil, ErrPoolTerminated
	}
	return w.start(cell, "", session.Declarations())
}

// start starts the worker's child: native for target if one is ready
// ("": interpreted).
func (w *worker) start(cell, target string, decls []string) (*proc, error) {
	var c *proc
	var err error
	if target == "" {
		c, err = startProc(cell)
	} else {
		c, err = startChild(cell, target, decls)
	}
	if err != nil {
		return nil, err
	}
	if !c.native {
		// Let the child rebuild the session while it waits for work.
		if c.send(request{Decls: decls, SetDecls: true}) == nil {
			c.decls = decls
		}
	}
	w.mu.Lock()
	w.proc = c
	w.mu.Unlock()
	if w.pool.terminated() {
		c.signal(syscall.SIGKILL) // Terminate's kill may have come before
	}
	return c, nil
}

// serve runs first and what follows it in the queue until the queue is
// empty. One more chunk waits in the child while one runs, so the child
// does not wait for the parent between chunks.
func (w *worker) serve(first *chunk) {
	if first.res.Ready() {
		return // interrupted while queued
	}
	c, err := w.procFor(first.res)
	if err != nil {
		first.res.failChunk(first, err)
		return
	}
	w.last = first.res
	// The cell first: a fast (native) child prints before the parent
	// would get to it after the send.
	c.setCell(first.res.cell)
	w.send(c, first)
	inflight := []*chunk{first}
	for len(inflight) > 0 {
		// Only batches of the same work are sent ahead: a single long
		// task must not hold up the one behind it while another worker
		// is free, and output must go to the right cell.
		if len(inflight) < 2 && inflight[0].n > 1 && !c.nativeStale(inflight[0].res.target.name, session.Declarations()) {
			if next := w.pool.nextOf(inflight[0].res); next != nil && !next.res.Ready() {
				w.send(c, next)
				inflight = append(inflight, next)
			}
		}
		running := inflight[0]
		c.setCell(running.res.cell)
		w.mu.Lock()
		w.running = running.res
		w.mu.Unlock()
		if running.res.Ready() {
			// Its cell was interrupted after it was sent: stop it.
			c.signal(syscall.SIGKILL)
		}
		r, ok := <-c.replies
		for ok && r.Started {
			c.started()
			r, ok = <-c.replies
		}
		w.mu.Lock()
		w.running = nil
		w.mu.Unlock()
		if c.native && (ok && r.NotFound || !ok && !c.acked) {
			w.nativeFallback(c, inflight, ok)
			return
		}
		if !ok {
			w.died(c, running)
			w.pool.requeue(inflight[1:])
			return
		}
		// Everything the task printed is emitted before its result is
		// seen, so "Done!" after Map comes after the greetings.
		c.stdout.drain()
		c.stderr.drain()
		if r.NotFound {
			reportNotStarted(running.res.cell, running.res.target.name, r)
		}
		running.res.deliver(running, r, c.pid())
		inflight = inflight[1:]
	}
}

// procFor returns the child to run a task of res: the worker's child
// unless a native one should replace it (see native.go), or a new one.
func (w *worker) procFor(res *AsyncResult) (*proc, error) {
	decls := session.Declarations()
	w.mu.Lock()
	c := w.proc
	w.mu.Unlock()
	if c != nil {
		if c.nativeStale(res.target.name, decls) {
			w.retire(c)
			c = nil
		} else if !c.native && res != w.last {
			if _, _, ok := nativeChild(res.target.name, decls); ok {
				w.retire(c)
				c = nil
			}
		}
	}
	if c != nil {
		return c, nil
	}
	if w.pool.terminated() {
		return nil, ErrPoolTerminated
	}
	return w.start(res.cell, res.target.name, decls)
}

// retire ends the worker's idle child c.
func (w *worker) retire(c *proc) {
	w.mu.Lock()
	if w.proc == c {
		w.proc = nil
	}
	w.mu.Unlock()
	c.signal(syscall.SIGKILL)
	c.finish()
}

// nativeFallback replaces a native child that died before running its
// task or lacks the task's function; the chunks sent to it, which did not
// run, go back to the queue.
func (w *worker) nativeFallback(c *proc, inflight []*chunk, notFound bool) {
	w.retire(c)
	running := inflight[0].res
	if !w.pool.terminated() && !running.Ready() {
		switch {
		case !notFound:
			nativeFailedFor(c.path, c.target, "it ended before running its first task")
		case c.target == running.target.name:
			nativeFailedFor(c.path, c.target, "it does not have it")
		}
	}
	w.pool.requeue(inflight)
}

// send gives the child a chunk (an interpreted child with the session's
// declarations if they changed). A dead child shows as the end of its
// replies.
func (w *worker) send(c *proc, ch *chunk) {
	req := request{Fn: ch.res.target.name, Calls: ch.calls, Items: ch.items, Enc: ch.enc, Ack: c.native && !c.acked, Globals: ch.res.target.globals}
	if ch.items != nil {
		req.N = ch.n
	}
	if decls := session.Declarations(); !c.native && !sameDecls(c.decls, decls) {
		req.Decls, req.SetDecls, c.decls = decls, true, decls
	}
	c.send(req)
}

// died fails the chunk the dead child was running and starts a new child.
func (w *worker) died(c *proc, running *chunk) {
	c.finish()
	w.mu.Lock()
	w.proc = nil
	w.mu.Unlock()
	res := running.res
	switch {
	case w.pool.terminated():
		res.failChunk(running, ErrPoolTerminated)
	case res.Ready():
	default:
		res.failChunk(running, fmt.Errorf("%w (the pool has replaced the worker)", deathError(res.target.name, c.pid(), c.state)))
	}
	w.ensureProc(res.cell)
}

// kill kills the child if it runs a task of res (any task: res nil).
func (w *worker) kill(res *AsyncResult) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.proc != nil && (res == nil || w.running == res) {
		w.proc.signal(syscall.SIGKILL)
	}
}

// stop ends the child: closing its control socket makes it exit.
func (w *worker) stop() {
	w.mu.Lock()
	c := w.proc
	w.proc = nil
	w.mu.Unlock()
	if c != nil {
		c.finish()
	}
}

func sameDecls(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// argListsOf turns a slice of slices into argument lists.
func argListsOf(argLists any) ([][]any, error) {
	v := reflect.ValueOf(argLists)
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil, fmt.Errorf("argument lists must be a slice of slices; got %s", describe(argLists))
	}
	lists := make([][]any, v.Len())
	for i := range lists {
		e := v.Index(i)
		for e.Kind() == reflect.Interface && !e.IsNil() {
			e = e.Elem()
		}
		if e.Kind() != reflect.Slice && e.Kind() != reflect.Array {
			return nil, fmt.Errorf("argument list %d must be a slice; got %s", i, describe(v.Index(i).Interface()))
		}
		args := make([]any, e.Len())
		for j := range args {
			args[j] = e.Index(j).Interface()
		}
		lists[i] = args
	}
	return lists, nil
}
