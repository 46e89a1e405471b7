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
var ErrPoolClosed = errors.New("the pool is closed: it takes no more tasks (make a new pool)")

// ErrPoolTerminated fails the tasks a pool had not finished when it was
// terminated.
var ErrPoolTerminated = errors.New("the pool was terminated before this task finished")

// ErrInterrupted fails the tasks of a cell that was interrupted.
var ErrInterrupted = errors.New("the cell was interrupted before this task finished")

// poolLifetime is the session.Track key of pools: no cell has it, so only
// the end of the session (session.StopAll) stops a pool. Interrupting a
// cell stops that cell's tasks, not the pool.
const poolLifetime = "gokernel/runtime/processes: pools"

// Pool is a fixed set of worker processes that run calls of top-level
// functions, like Python's multiprocessing.Pool. Workers start with the
// pool and serve task after task. What a task prints goes to the cell
// that submitted it. A worker that dies (killed, os.Exit, fatal error)
// fails its task with an error and is replaced.
//
//	pool := processes.NewPool(3)
//	results, err := pool.Map(greet, []string{"Harry", "George", "Dirk"})
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
	return p
}

// Size is the number of worker processes.
//
//	fmt.Println(pool.Size())
func (p *Pool) Size() int { return p.size }

// Map calls target once per element of items (any slice or array) in the
// workers and returns the results in input order. The error is the first
// failed call's (in input order), with the worker's traceback if it
// panicked; results of calls that succeeded are still returned.
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
	lists, err := oneArgEach(items)
	return p.submit(target, lists, err, 0, false)
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
	return p.submit(target, lists, err, 0, false)
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
	return p.submit(target, [][]any{args}, nil, 1, true)
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
	lists, err := oneArgEach(items)
	return &Iterator{res: p.submit(target, lists, err, 1, false)}
}

// ImapUnordered is Imap giving each result as soon as it is ready,
// whatever its place in the input (Index tells it).
//
//	it := pool.ImapUnordered(square, []int{1, 2, 3})
//	for it.Next() {
//		fmt.Println(it.Index(), it.Value())
//	}
func (p *Pool) ImapUnordered(target any, items any) *Iterator {
	lists, err := oneArgEach(items)
	return &Iterator{res: p.submit(target, lists, err, 1, false), unordered: true}
}

// Close stops the pool from taking tasks; the workers exit once the tasks
// already given are done. Join waits for that.
//
//	pool.Close()
//	pool.Join()
func (p *Pool) Close() {
	p.mu.Lock()
	p.closed = true
	p.cond.Broadcast()
	p.mu.Unlock()
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
// in one message (fewer round trips for many small tasks).
type chunk struct {
	res   *AsyncResult
	first int
	calls [][]json.RawMessage
}

// submit encodes and queues the calls; problems found before anything
// starts fail the whole result at once.
func (p *Pool) submit(t any, lists [][]any, err error, chunksize int, single bool) *AsyncResult {
	cell := session.CurrentCell()
	res := newAsyncResult(len(lists), single)
	tg, terr := resolveTarget(t)
	if err == nil {
		err = terr
	}
	res.target = tg
	calls := make([][]json.RawMessage, len(lists))
	for i, args := range lists {
		if err != nil {
			break
		}
		calls[i], err = tg.encodeArgs(args)
		if err != nil && !single {
			err = fmt.Errorf("item %d: %w", i, err)
		}
	}
	if err != nil {
		res.failAll(err)
		return res
	}
	if chunksize <= 0 {
		// Python's choice: about four chunks per worker.
		chunksize = (len(calls) + 4*p.size - 1) / (4 * p.size)
		if chunksize < 1 {
			chunksize = 1
		}
	}
	var chunks []*chunk
	for i := 0; i < len(calls); i += chunksize {
		end := min(i+chunksize, len(calls))
		chunks = append(chunks, &chunk{res: res, first: i, calls: calls[i:end]})
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
	res.cell = cell
	res.untrack = session.Track(cell, func() { p.cancel(res) })
	p.queue = append(p.queue, chunks...)
	p.cond.Broadcast()
	p.mu.Unlock()
	return res
}

// next blocks for the next chunk; nil tells the worker to exit.
func (p *Pool) next() *chunk {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.queue) == 0 && !p.closed {
		p.cond.Wait()
	}
	if p.killed || len(p.queue) == 0 {
		return nil
	}
	c := p.queue[0]
	p.queue[0] = nil
	p.queue = p.queue[1:]
	return c
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
		w.run(c)
	}
}

func (w *worker) ensureProc(cell string) (*proc, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.proc != nil {
		return w.proc, nil
	}
	if w.pool.terminated() {
		return nil, ErrPoolTerminated
	}
	c, err := startProc(cell)
	if err != nil {
		return nil, err
	}
	// Let the child rebuild the session while it waits for work.
	decls := session.Declarations()
	if c.send(request{Decls: decls, SetDecls: true}) == nil {
		c.decls = decls
	}
	w.proc = c
	return c, nil
}

var taskIDs struct {
	sync.Mutex
	n uint64
}

func (w *worker) run(ch *chunk) {
	res := ch.res
	if res.Ready() {
		return // interrupted while queued
	}
	c, err := w.ensureProc(res.cell)
	if err != nil {
		res.failChunk(ch, err)
		return
	}
	req := request{Fn: res.target.name, Calls: ch.calls}
	if decls := session.Declarations(); !sameDecls(c.decls, decls) {
		req.Decls, req.SetDecls, c.decls = decls, true, decls
	}
	c.setCell(res.cell)
	w.mu.Lock()
	w.running = res
	w.mu.Unlock()
	c.send(req) // a dead child shows as the end of its replies
	r, ok := <-c.replies
	w.mu.Lock()
	w.running = nil
	w.mu.Unlock()
	if ok {
		// Everything the task printed is emitted before its result is
		// seen, so "Done!" after Map comes after the greetings.
		c.stdout.drain()
		c.stderr.drain()
		res.deliver(ch, r.Results, c.pid())
		return
	}
	c.finish()
	w.mu.Lock()
	w.proc = nil
	w.mu.Unlock()
	switch {
	case w.pool.terminated():
		res.failChunk(ch, ErrPoolTerminated)
	case res.Ready():
	default:
		res.failChunk(ch, fmt.Errorf("%w (the pool has replaced the worker)", deathError(res.target.name, c.pid(), c.state)))
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

// oneArgEach turns a slice of items into one-argument lists.
func oneArgEach(items any) ([][]any, error) {
	v := reflect.ValueOf(items)
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil, fmt.Errorf("items must be a slice or array; got %s", describe(items))
	}
	lists := make([][]any, v.Len())
	for i := range lists {
		lists[i] = []any{v.Index(i).Interface()}
	}
	return lists, nil
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
