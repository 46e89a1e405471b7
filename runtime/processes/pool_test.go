package processes

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"gokernel/runtime/session"
)

var names7 = []string{"Harry", "George", "Dirk", "David", "James", "Tom", "Sam"}

// greetingPids finds the pids in "Process <pid>: Hello" lines.
func greetingPids(out string) map[int]int {
	pids := map[int]int{}
	for _, m := range regexp.MustCompile(`Process (\d+): Hello`).FindAllStringSubmatch(out, -1) {
		n, _ := strconv.Atoi(m[1])
		pids[n]++
	}
	return pids
}

// E5: results in input order, at most 3 distinct worker pids, every
// greeting emitted before Map returns.
func TestPoolMapBlocking(t *testing.T) {
	cell := inCell(t)
	pool := NewPool(3)
	defer pool.Terminate()
	results, err := pool.Map(greet, names7)
	if err != nil {
		t.Fatal(err)
	}
	out := capture.text(cell, "stdout") // read right after Map: nothing may be missing
	if n := strings.Count(out, ": Hello "); n != 7 {
		t.Errorf("%d greetings emitted before Map returned, want 7: %q", n, out)
	}
	pids := greetingPids(out)
	if len(pids) > 3 || len(pids) == 0 {
		t.Errorf("greetings from pids %v, want 1 to 3", pids)
	}
	if pids[os.Getpid()] != 0 {
		t.Error("a greeting came from the parent")
	}
	for i, r := range results {
		s, _ := r.(string)
		if !strings.HasPrefix(s, "Hello "+names7[i]+" from ") {
			t.Errorf("result %d = %q, want the greeting of %s", i, r, names7[i])
		}
	}
	// The same workers serve the next map.
	again, err := pool.Map(pidOf, []int{})
	if err != nil || len(again) != 0 {
		t.Errorf("empty map: %v %v", again, err)
	}
}

// E6: MapAsync returns at once, Done! comes before the greetings, Wait
// blocks until all are done, and output arrives in the submitting cell
// even after the kernel moved to another cell.
func TestPoolMapAsync(t *testing.T) {
	cell := inCell(t)
	pool := NewPool(3)
	defer pool.Terminate()
	gate := make([]int, 6)
	for i := range gate {
		gate[i] = 150
	}
	res := pool.MapAsync(sleepThenPrint, [][]any{{150, "Hello Harry"}}) // wrong shape: one arg per item
	if _, err := res.Get(); err == nil || !strings.Contains(err.Error(), "sleepThenPrint takes 2 arguments") {
		t.Errorf("MapAsync with a 2-argument function: %v", err)
	}
	res = pool.StarmapAsync(sleepThenPrint, [][]any{{200, "Hello Harry"}, {200, "Hello George"}, {200, "Hello Dirk"}})
	if res.Ready() {
		t.Fatal("MapAsync waited for the tasks")
	}
	session.Emit(session.Output{Kind: "stream", Name: "stdout", Text: "Done!\n"})
	session.SetCurrentCell("another cell")
	if res.WaitTimeout(10 * time.Millisecond) {
		t.Error("WaitTimeout returned true before the tasks could finish")
	}
	if _, err := res.GetTimeout(time.Millisecond); err != ErrTimeout {
		t.Errorf("GetTimeout: %v", err)
	}
	res.Wait()
	if !res.Ready() || !res.Successful() {
		_, err := res.Get()
		t.Errorf("not ready/successful after Wait: %v", err)
	}
	out := capture.text(cell, "stdout")
	done := strings.Index(out, "Done!")
	for _, n := range []string{"Harry", "George", "Dirk"} {
		i := strings.Index(out, "Hello "+n)
		if i < 0 || i < done {
			t.Errorf("greeting of %s at %d, Done! at %d: %q", n, i, done, out)
		}
	}
	if other := capture.text("another cell", "stdout"); other != "" {
		t.Errorf("output went to the current cell: %q", other)
	}
}

func TestPoolApplyStarmapImap(t *testing.T) {
	inCell(t)
	pool := NewPool(2)
	defer pool.Terminate()

	v, err := pool.Apply(add, 2, 3)
	if v != 5 || err != nil {
		t.Errorf("Apply(add, 2, 3) = %v, %v", v, err)
	}
	v, err = pool.ApplyAsync(divide, 1, 0).Value()
	if err == nil || !strings.Contains(err.Error(), "division by zero") || v != nil {
		t.Errorf("ApplyAsync(divide, 1, 0) = %v, %v", v, err)
	}
	ar := pool.ApplyAsync(square, 12)
	if vals, err := ar.Get(); err != nil || len(vals) != 1 || vals[0] != 144 {
		t.Errorf("ApplyAsync(square, 12).Get() = %v, %v", vals, err)
	}

	sums, err := pool.Starmap(add, [][]int{{1, 2}, {3, 4}, {5, 6}})
	if err != nil || fmt.Sprint(sums) != "[3 7 11]" {
		t.Errorf("Starmap = %v, %v", sums, err)
	}
	if _, err := pool.Starmap(add, []int{1, 2}); err == nil || !strings.Contains(err.Error(), "argument list 0 must be a slice") {
		t.Errorf("Starmap of a flat slice: %v", err)
	}
	if _, err := pool.Map(square, 5); err == nil || !strings.Contains(err.Error(), "must be a slice") {
		t.Errorf("Map of a non-slice: %v", err)
	}

	xs := []int{9, 1, 5, 3}
	it := pool.Imap(square, xs)
	var got []any
	for it.Next() {
		got = append(got, it.Value())
	}
	if it.Err() != nil || fmt.Sprint(got) != "[81 1 25 9]" {
		t.Errorf("Imap = %v, %v", got, it.Err())
	}

	// Unordered: the slow item comes last whatever its place.
	un := pool.ImapUnordered(sleepMs, []int{400, 0, 0, 0})
	var idx []int
	for un.Next() {
		idx = append(idx, un.Index())
	}
	if un.Err() != nil || len(idx) != 4 || idx[3] != 0 {
		t.Errorf("ImapUnordered order %v, err %v", idx, un.Err())
	}

	// A failed item stops Imap with its error.
	bad := pool.Imap(boom, []string{"a"})
	if bad.Next() || bad.Err() == nil || !strings.Contains(bad.Err().Error(), "boom: a") {
		t.Errorf("Imap of a panicking function: err %v", bad.Err())
	}
}

func TestPoolMapErrors(t *testing.T) {
	inCell(t)
	pool := NewPool(2)
	defer pool.Terminate()
	res, err := pool.Map(inverse, []float64{1, 2, 0, 4})
	if err == nil || !regexp.MustCompile(`^item 2: inverse in process \d+: division by zero$`).MatchString(err.Error()) {
		t.Fatalf("Map error %v", err)
	}
	if res[0] != 1.0 || res[1] != 0.5 || res[2] != nil || res[3] != 0.25 {
		t.Errorf("results next to the error: %v", res)
	}
	// Pool workers survive a panic and report its traceback.
	_, err = pool.Map(boom, []string{"x", "y"})
	var te *TaskError
	if !errors.As(err, &te) || te.Panic != "boom: x" || !strings.Contains(te.Trace, "goroutine") {
		t.Errorf("panic in Map: %v", err)
	}
	if !strings.Contains(err.Error(), "item 0: boom panicked in process") {
		t.Errorf("panic message %q", err)
	}
	_ = res
	if _, err := pool.Map(func(int) {}, []int{1}); err == nil || !strings.Contains(err.Error(), "anonymous") {
		t.Errorf("anonymous function: %v", err)
	}
	if got, err := pool.Map(square, []any{1, "two"}); err == nil || !strings.Contains(err.Error(), "item 1: argument 1 of square: cannot use a string as int") || got != nil {
		t.Errorf("bad item: %v, results %v (want none: nothing ran)", err, got)
	}
	if _, err := pool.Map(square, []any{1, make(chan int)}); err == nil || !strings.Contains(err.Error(), "channel") {
		t.Errorf("chan item: %v", err)
	}
	got, err := pool.Map(square, []int{4})
	if err != nil || got[0] != 16 {
		t.Errorf("pool broken after errors: %v %v", got, err)
	}
}

// A worker killed mid-task fails that task quickly and is replaced.
func TestPoolWorkerDeath(t *testing.T) {
	inCell(t)
	pool := NewPool(2)
	defer pool.Terminate()
	before, _ := pool.Map(pidOf, make([]int, 8))
	res := pool.ApplyAsync(sleepMs, 60000)
	var victim int
	waitFor(t, "a busy worker", func() bool {
		for _, w := range pool.workers {
			w.mu.Lock()
			if w.running == res && w.proc != nil {
				victim = w.proc.pid()
			}
			w.mu.Unlock()
		}
		return victim != 0
	})
	syscall.Kill(victim, syscall.SIGKILL)
	if !res.WaitTimeout(time.Second) {
		t.Fatal("killed worker: no error within a second")
	}
	_, err := res.Value()
	if err == nil || !strings.Contains(err.Error(), "killed by signal 9") || !strings.Contains(err.Error(), "replaced") {
		t.Errorf("killed worker: %v", err)
	}
	// os.Exit in a task too.
	if _, err := pool.Apply(exitWith, 3); err == nil || !strings.Contains(err.Error(), "exited with code 3") {
		t.Errorf("os.Exit in a task: %v", err)
	}
	after, err := pool.Map(pidOf, make([]int, 8))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range after {
		if p == victim {
			t.Errorf("dead worker %d still used", victim)
		}
	}
	if n := distinct(after); n > 2 {
		t.Errorf("%d workers after replacement (%v), want at most 2; before %v", n, after, before)
	}
}

func pidOf(int) int { return os.Getpid() }

func inverse(x float64) (float64, error) { return divide(1, x) }

func init() {
	Register("pidOf", pidOf)
	Register("inverse", inverse)
}

func distinct(xs []any) int {
	m := map[any]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return len(m)
}

func TestPoolTerminateFailsPendingTasks(t *testing.T) {
	inCell(t)
	pool := NewPool(2)
	res := pool.MapAsync(sleepMs, []int{60000, 60000, 60000, 60000, 60000})
	time.Sleep(50 * time.Millisecond)
	pool.Terminate()
	if !res.WaitTimeout(time.Second) {
		t.Fatal("pending tasks hang after Terminate")
	}
	if _, err := res.Get(); !errors.Is(err, ErrPoolTerminated) {
		t.Errorf("after Terminate: %v", err)
	}
	if _, err := pool.Map(square, []int{1}); !errors.Is(err, ErrPoolClosed) {
		t.Errorf("Map after Terminate: %v", err)
	}
	if err := pool.Join(); err != nil {
		t.Errorf("Join after Terminate: %v", err)
	}
}

func TestPoolCloseJoin(t *testing.T) {
	inCell(t)
	pool := NewPool(2)
	if err := pool.Join(); err == nil || !strings.Contains(err.Error(), "still running") {
		t.Errorf("Join of a running pool: %v", err)
	}
	res := pool.MapAsync(sleepMs, []int{100, 100, 100})
	pids := pool.Pids()
	pool.Close()
	if got, err := pool.Map(square, []int{1}); !errors.Is(err, ErrPoolClosed) || got != nil {
		t.Errorf("Map after Close: %v, results %v (want none)", err, got)
	}
	if err := pool.Join(); err != nil {
		t.Fatal(err)
	}
	// Tasks given before Close finished.
	if vals, err := res.Get(); err != nil || len(vals) != 3 {
		t.Errorf("tasks before Close: %v %v", vals, err)
	}
	for _, p := range pids {
		if p != 0 && syscall.Kill(p, 0) == nil {
			// Reaped children no longer exist.
			t.Errorf("worker %d still exists after Join", p)
		}
	}
}

// Interrupting a cell kills its processes and fails its pool tasks.
func TestStopCellStopsItsWork(t *testing.T) {
	cell := inCell(t)
	p, err := Start(sleepMs, 60000)
	if err != nil {
		t.Fatal(err)
	}
	pool := NewPool(1)
	defer pool.Terminate()
	res := pool.MapAsync(sleepMs, []int{60000, 60000})

	session.SetCurrentCell("other")
	other, _ := Start(sleepMs, 300)

	time.Sleep(50 * time.Millisecond)
	session.StopCell(cell)
	if !p.JoinTimeout(2 * time.Second) {
		t.Fatal("process of the stopped cell still runs")
	}
	if code, _ := p.ExitCode(); code != -9 {
		t.Errorf("stopped process exit code %d", code)
	}
	if !res.WaitTimeout(2 * time.Second) {
		t.Fatal("pool tasks of the stopped cell still pending")
	}
	if _, err := res.Get(); !errors.Is(err, ErrInterrupted) {
		t.Errorf("stopped pool tasks: %v", err)
	}
	if err := other.Join(); err != nil {
		t.Errorf("process of another cell was hurt: %v", err)
	}
	// The pool still serves other cells.
	if v, err := pool.Apply(square, 3); v != 9 || err != nil {
		t.Errorf("pool after interrupt: %v %v", v, err)
	}
}

func TestOutputStreamsAreSeparate(t *testing.T) {
	cell := inCell(t)
	p, _ := Start(printBoth, "héllo wörld")
	p.Join()
	if got := capture.text(cell, "stdout"); got != "out: héllo wörld\n" {
		t.Errorf("stdout %q", got)
	}
	if got := capture.text(cell, "stderr"); got != "err: héllo wörld\n" {
		t.Errorf("stderr %q", got)
	}
}

// Output printed while the task runs arrives before the task ends.
func TestOutputIsStreamed(t *testing.T) {
	cell := inCell(t)
	p, _ := Start(sleepThenPrint, 0, "first")
	p.Join()
	q, _ := Start(streamSlowly, 2)
	waitFor(t, "the first line while the child still runs", func() bool {
		return strings.Contains(capture.text(cell, "stdout"), "line 0\n")
	})
	if !q.Alive() {
		t.Error("the child had ended: output was not streamed")
	}
	q.Kill()
	q.Join()
}

func streamSlowly(n int) {
	for i := 0; i < n; i++ {
		fmt.Printf("line %d\n", i)
		time.Sleep(30 * time.Second)
	}
}

func init() { Register("streamSlowly", streamSlowly) }

func sortedKeys(m map[int]int) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

// Output of a pool task goes to the cell that submitted it, not the one
// that made the pool.
func TestPoolOutputGoesToTheSubmittingCell(t *testing.T) {
	made := inCell(t)
	pool := NewPool(1)
	defer pool.Terminate()
	first := inCell(t)
	pool.Map(greet, []string{"Harry"})
	second := inCell(t)
	pool.Map(greet, []string{"George"})
	if out := capture.text(first, "stdout"); !strings.Contains(out, "Hello Harry!") || strings.Contains(out, "George") {
		t.Errorf("first cell output %q", out)
	}
	if out := capture.text(second, "stdout"); !strings.Contains(out, "Hello George!") || strings.Contains(out, "Harry") {
		t.Errorf("second cell output %q", out)
	}
	if out := capture.text(made, "stdout"); out != "" {
		t.Errorf("output went to the cell that made the pool: %q", out)
	}
}

// Everything a task printed is in the cell's output when its result is
// returned, even when the kernel takes its time with each piece.
func TestOutputComesBeforeTheResult(t *testing.T) {
	cell := inCell(t)
	pool := NewPool(1)
	defer pool.Terminate()
	pool.Apply(square, 1) // the worker is up
	capture.setDelay(20 * time.Millisecond)
	defer capture.setDelay(0)
	if _, err := pool.Apply(printLines, 5); err != nil {
		t.Fatal(err)
	}
	if out := capture.text(cell, "stdout"); !strings.HasSuffix(out, "line 4\n") {
		t.Errorf("output when Apply returned: %q", out)
	}
}

func crashOn3(x int) int {
	if x == 3 {
		panic("three")
	}
	return -x
}

func init() { Register("crashOn3", crashOn3) }

// A Map of a func(int) int runs its calls without reflect in the child:
// a panic still fails only its own item, with a traceback of the
// learner's code and none of the machinery.
func TestPoolMapDirectCalls(t *testing.T) {
	inCell(t)
	pool := NewPool(2)
	defer pool.Terminate()
	items := make([]int, 100)
	for i := range items {
		items[i] = i
	}
	got, err := pool.Map(crashOn3, items)
	var te *TaskError
	if !errors.As(err, &te) || te.Panic != "three" || !strings.HasPrefix(err.Error(), "item 3: crashOn3 panicked") {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(te.Trace, "processes.crashOn3(") || strings.Contains(te.Trace, "callFrom") || strings.Contains(te.Trace, "callEach") {
		t.Errorf("traceback:\n%s", te.Trace)
	}
	for i, v := range got {
		if i != 3 && v != -i || i == 3 && v != nil {
			t.Errorf("item %d: %v", i, v)
		}
	}
}
