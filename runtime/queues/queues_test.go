package queues_test

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"gokernel/runtime/processes"
	"gokernel/runtime/queues"
	"gokernel/runtime/session"
)

// The test binary is its own child process (see runtime/processes).
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == processes.ChildCommand {
		os.Exit(processes.RunChild(nil))
	}
	exe, err := os.Executable()
	if err != nil {
		panic(err)
	}
	processes.SetExecutable(exe)
	code := m.Run()
	session.StopAll() // what the kernel does at the end: removes the queues' socket
	os.Exit(code)
}

func produce(q *queues.Queue, from, n int) error {
	for i := from; i < from+n; i++ {
		if err := q.Put(i); err != nil {
			return err
		}
	}
	return nil
}

func consume(q *queues.Queue) ([]int, error) {
	var got []int
	for {
		var v int
		err := q.GetInto(&v)
		if errors.Is(err, queues.ErrClosed) {
			return got, nil
		}
		if err != nil {
			return got, err
		}
		got = append(got, v)
	}
}

// getOne tells it is about to wait, then waits in Get.
func getOne(ready, q *queues.Queue) (any, error) {
	if err := ready.Put(true); err != nil {
		return nil, err
	}
	return q.Get()
}

func echoDoubled(c *queues.Conn) (int, error) {
	n := 0
	for {
		var v int
		err := c.RecvInto(&v)
		if errors.Is(err, queues.ErrClosed) {
			return n, c.Close()
		}
		if err != nil {
			return n, err
		}
		if err := c.Send(2 * v); err != nil {
			return n, err
		}
		n++
	}
}

func record(d *queues.SharedMap, l *queues.SharedList, name string) error {
	if err := d.Set(name, os.Getpid()); err != nil {
		return err
	}
	for i := 0; i < 100; i++ {
		if _, err := d.Add("total", 1); err != nil {
			return err
		}
	}
	return l.Append(name)
}

func init() {
	processes.Register("produce", produce)
	processes.Register("consume", consume)
	processes.Register("getOne", getOne)
	processes.Register("echoDoubled", echoDoubled)
	processes.Register("record", record)
}

// Two producer and two consumer processes: every item arrives exactly once.
func TestQueueAcrossProcesses(t *testing.T) {
	q := queues.NewQueue(50) // small: producers wait for room
	var consumers, producers []*processes.Process
	for i := 0; i < 2; i++ {
		c, err := processes.Start(consume, q)
		if err != nil {
			t.Fatal(err)
		}
		consumers = append(consumers, c)
	}
	for i := 0; i < 2; i++ {
		p, err := processes.Start(produce, q, i*1000, 500)
		if err != nil {
			t.Fatal(err)
		}
		producers = append(producers, p)
	}
	for _, p := range producers {
		if err := p.Join(); err != nil {
			t.Fatal(err)
		}
	}
	q.Close()
	var all []int
	for _, c := range consumers {
		if err := c.Join(); err != nil {
			t.Fatal(err)
		}
		got, _ := c.Result().([]int)
		if len(got) == 0 {
			t.Logf("consumer %d got nothing (allowed, but unusual)", c.Pid())
		}
		all = append(all, got...)
	}
	sort.Ints(all)
	if len(all) != 1000 {
		t.Fatalf("got %d items, want 1000", len(all))
	}
	for i, v := range all {
		want := i
		if i >= 500 {
			want = 1000 + i - 500
		}
		if v != want {
			t.Fatalf("item %d is %d, want %d (lost or duplicated)", i, v, want)
		}
	}
	if _, err := q.Get(); !errors.Is(err, queues.ErrClosed) {
		t.Errorf("Get on a closed empty queue: %v", err)
	}
	if err := q.Put(1); !errors.Is(err, queues.ErrClosed) {
		t.Errorf("Put on a closed queue: %v", err)
	}
}

// A consumer killed while waiting in Get takes nothing with it.
func TestQueueKilledConsumerLosesNothing(t *testing.T) {
	q, ready := queues.NewQueue(0), queues.NewQueue(0)
	p, err := processes.Start(getOne, ready, q)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ready.Get(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond) // its Get reaches the queue (if not, it still loses nothing)
	p.Kill()
	p.Join()
	time.Sleep(50 * time.Millisecond) // the queue's server sees the consumer gone
	if err := q.Put("precious"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond) // a stale waiter would take the item now
	v, err := q.GetTimeout(5 * time.Second)
	if err != nil || v != "precious" {
		t.Errorf("item after the consumer died: %v, %v", v, err)
	}
}

func TestPipeAcrossProcess(t *testing.T) {
	parent, child := queues.Pipe()
	p, err := processes.Start(echoDoubled, child)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 20; i++ {
		if err := parent.Send(i); err != nil {
			t.Fatal(err)
		}
		var v int
		if err := parent.RecvInto(&v); err != nil || v != 2*i {
			t.Fatalf("sent %d, received %d, %v", i, v, err)
		}
	}
	parent.Close()
	if err := p.Join(); err != nil {
		t.Fatal(err)
	}
	if p.Result() != 20 {
		t.Errorf("child echoed %v values, want 20", p.Result())
	}
	if _, err := parent.Recv(); !errors.Is(err, queues.ErrClosed) {
		t.Errorf("Recv after the child closed its end: %v", err)
	}
	if err := parent.Send(1); err == nil || !strings.Contains(err.Error(), "pipe is closed") {
		t.Errorf("Send on a closed pipe: %v", err)
	}
	// The child's end is closed too: sending there fails as well.
	a, b := queues.Pipe()
	a.Send("last words")
	a.Close()
	if v, err := b.Recv(); v != "last words" || err != nil {
		t.Errorf("what was sent before Close: %v, %v", v, err)
	}
	if _, err := b.Recv(); !errors.Is(err, queues.ErrClosed) {
		t.Errorf("Recv after the other end closed: %v", err)
	}
	if err := b.Send(1); !errors.Is(err, queues.ErrClosed) {
		t.Errorf("Send to a closed end: %v", err)
	}
}

func TestManagerAcrossProcesses(t *testing.T) {
	m := queues.NewManager()
	d, l := m.Map(), m.List()
	pool := processes.NewPool(2)
	defer pool.Terminate()
	names := []string{"Harry", "George", "Dirk", "David"}
	lists := make([][]any, len(names))
	for i, n := range names {
		lists[i] = []any{d, l, n}
	}
	if _, err := pool.Starmap(record, lists); err != nil {
		t.Fatal(err)
	}
	total, err := d.Get("total")
	if err != nil || total != 400.0 {
		t.Errorf("total %v, %v: increments lost", total, err)
	}
	keys, _ := d.Keys()
	if fmt.Sprint(keys) != "[David Dirk George Harry total]" {
		t.Errorf("keys %v", keys)
	}
	for _, n := range names {
		var pid int
		if err := d.GetInto(n, &pid); err != nil || pid == os.Getpid() || pid == 0 {
			t.Errorf("%s recorded pid %d, %v", n, pid, err)
		}
	}
	items, _ := l.Items()
	var got []string
	for _, it := range items {
		got = append(got, it.(string))
	}
	sort.Strings(got)
	if fmt.Sprint(got) != "[David Dirk George Harry]" {
		t.Errorf("list %v", got)
	}
	if n, _ := l.Len(); n != 4 {
		t.Errorf("list length %d", n)
	}
}

func TestQueueLocal(t *testing.T) {
	q := queues.NewQueue(2)
	if _, err := q.GetTimeout(0); !errors.Is(err, queues.ErrTimeout) {
		t.Errorf("Get on empty queue without waiting: %v", err)
	}
	if _, err := q.GetTimeout(20 * time.Millisecond); !errors.Is(err, queues.ErrTimeout) {
		t.Errorf("GetTimeout on empty queue: %v", err)
	}
	q.Put(map[string]int{"a": 1})
	q.Put(7)
	if err := q.PutTimeout(8, 20*time.Millisecond); !errors.Is(err, queues.ErrTimeout) {
		t.Errorf("PutTimeout on a full queue: %v", err)
	}
	if q.Len() != 2 {
		t.Errorf("Len %d", q.Len())
	}
	v, _ := q.Get()
	if fmt.Sprint(v) != "map[a:1]" {
		t.Errorf("first item %v", v)
	}
	v, _ = q.Get()
	if v != 7.0 {
		t.Errorf("a number comes back as float64: %#v", v)
	}
	if err := q.Put(make(chan int)); err == nil || !strings.Contains(err.Error(), "cannot put on a queue a chan int") {
		t.Errorf("Put of a chan: %v", err)
	}
	// A blocked Get wakes up when an item arrives.
	got := make(chan any)
	go func() { v, _ := q.Get(); got <- v }()
	time.Sleep(20 * time.Millisecond)
	q.Put("late")
	if v := <-got; v != "late" {
		t.Errorf("blocked Get got %v", v)
	}
	// A blocked Get wakes up on Close.
	errs := make(chan error)
	go func() { _, err := q.Get(); errs <- err }()
	time.Sleep(20 * time.Millisecond)
	q.Close()
	if err := <-errs; !errors.Is(err, queues.ErrClosed) {
		t.Errorf("blocked Get after Close: %v", err)
	}
}

func TestSharedMapAndListLocal(t *testing.T) {
	m := queues.NewManager()
	d := m.Map()
	if _, err := d.Get("x"); !errors.Is(err, queues.ErrNoKey) || !strings.Contains(err.Error(), `"x"`) {
		t.Errorf("Get of a missing key: %v", err)
	}
	d.Set("x", "text")
	if _, err := d.Add("x", 1); err == nil || !strings.Contains(err.Error(), "not a number") {
		t.Errorf("Add to a string: %v", err)
	}
	d.Delete("x")
	if n, _ := d.Len(); n != 0 {
		t.Errorf("Len after Delete %d", n)
	}
	l := m.List()
	if _, err := l.Get(0); !errors.Is(err, queues.ErrRange) {
		t.Errorf("Get(0) of an empty list: %v", err)
	}
	if err := l.Set(3, 1); !errors.Is(err, queues.ErrRange) {
		t.Errorf("Set(3) of an empty list: %v", err)
	}
	l.Append(1)
	l.Set(0, "one")
	if v, _ := l.Get(0); v != "one" {
		t.Errorf("Get(0) = %v", v)
	}
	if s := l.String(); s != "SharedList[one]" {
		t.Errorf("String %q", s)
	}
}

func TestBadReference(t *testing.T) {
	var q queues.Queue
	if err := q.UnmarshalJSON([]byte(`{"sock":"/nonexistent/x.sock","id":1,"kind":"SharedMap"}`)); err == nil {
		t.Error("a map reference unmarshaled as a queue")
	}
	if err := q.UnmarshalJSON([]byte(`{"sock":"/nonexistent/x.sock","id":1,"kind":"Queue"}`)); err != nil {
		t.Fatal(err)
	}
	if err := q.Put(1); err == nil || !strings.Contains(err.Error(), "cannot reach the process that owns this Queue") {
		t.Errorf("Put to a queue whose process is gone: %v", err)
	}
	var zero queues.Queue
	if err := zero.Put(1); err == nil || !strings.Contains(err.Error(), "NewQueue") {
		t.Errorf("Put on a zero Queue: %v", err)
	}
}

// After the session's end (session.StopAll) queues made later still cross.
func TestQueueAfterSessionEnd(t *testing.T) {
	q := queues.NewQueue(0)
	p, _ := processes.Start(produce, q, 1, 1)
	p.Join()
	session.StopAll()
	q2 := queues.NewQueue(0)
	p, err := processes.Start(produce, q2, 7, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Join(); err != nil {
		t.Fatal(err)
	}
	if v, err := q2.Get(); v != 7.0 || err != nil {
		t.Errorf("after StopAll: %v, %v", v, err)
	}
}
