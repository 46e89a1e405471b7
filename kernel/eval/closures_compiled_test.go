package eval

import "testing"

// Function literals passed to compiled code (wg.Go, time.AfterFunc,
// sync.OnceFunc) in any kind of loop, naming variables the loop body
// declares: each closure must see its own iteration's variables, and
// still see later writes to them (and to variables outside the loop).
func TestBodyVariablesOfClosuresToCompiledCode(t *testing.T) {
	splitForm(t, `import (
	"fmt"
	"slices"
	"sync"
	"time"
)

var wg sync.WaitGroup
var mu sync.Mutex
var got []int

func add(v int) { mu.Lock(); got = append(got, v); mu.Unlock() }
func show() { wg.Wait(); slices.Sort(got); fmt.Println(got); got = nil }

var _ = time.Now

func inFunc() {
	k := 0
	for range 4 { k++; i := k; wg.Go(func() { add(i) }) }
	show()
	for j := 0; j < 3; j++ { if j >= 0 { i := j + 50; wg.Go(func() { add(i) }) } }
	show()
	for a := range 2 { for b := range 2 { i := a*10+b; wg.Go(func() { add(i) }) } }
	show()
	for range 3 { k++; i := k; func() { wg.Go(func() { add(i) }) }() }
	show()
	// captured body var modified after closure creation, same iteration
	for range 3 { k++; i := k; wg.Add(1); ch := make(chan bool); time.AfterFunc(0, func() { <-ch; add(i); wg.Done() }); i += 1000; close(ch) }
	show()
	// outer var written after loop
	z := 1
	for range 2 { i := k; wg.Add(1); ch := make(chan bool); done := make(chan bool); time.AfterFunc(0, func() { <-ch; add(i + z); wg.Done() }); _ = done; z = 7; close(ch) }
	show()
}

type T struct{ n int }

func (t *T) m() {
	for range 3 { t.n++; i := t.n; wg.Go(func() { add(i) }) }
	show()
}`, `inFunc()
(&T{}).m()`)
}

// The same at the top level of a cell, in every kind of loop, with :=
// and var declarations.
func TestBodyVariablesOfClosuresInCellLoops(t *testing.T) {
	splitForm(t, `import (
	"fmt"
	"slices"
	"sync"
	"time"
)`, `var wg sync.WaitGroup
var mu sync.Mutex
got := []int{}
add := func(v int) { mu.Lock(); got = append(got, v); mu.Unlock() }
_ = add
show := func() { wg.Wait(); slices.Sort(got); fmt.Println(got); got = nil }
_ = time.Now
k := 0
for { k++; if k > 4 { break }; i := k; wg.Go(func() { add(i) }) }
show()
k = 0
for k < 4 { k++; i := k*10; wg.Go(func() { add(i) }) }
show()
for j := 0; j < 4; j++ { i := j*100; wg.Go(func() { add(i) }) }
show()
for _, x := range []int{1,2,3,4} { i := x*1000; wg.Go(func() { add(i) }) }
show()
for range []int{1,2,3,4} { k++; var i int = k; wg.Go(func() { add(i) }) }
show()
for range 4 { k++; var i = k; wg.Go(func() { add(i) }) }
show()`)
}

// Stored closures, a channel of closures, struct fields (already right)
// and sync.OnceFunc, time.AfterFunc (wrong before).
func TestBodyVariablesOfClosuresKinds(t *testing.T) {
	splitForm(t, `import (
	"fmt"
	"slices"
	"sync"
	"time"
)

var wg sync.WaitGroup
var mu sync.Mutex
var got []int

func add(v int) { mu.Lock(); got = append(got, v); mu.Unlock() }
func show() { wg.Wait(); slices.Sort(got); fmt.Println(got); got = nil }

var _ = time.Now

type Task struct{ Run func() }`, `k := 0
tasks := make(chan func(), 10)
for range 3 { k++; i := k; tasks <- func() { add(i) } }
close(tasks)
for t := range tasks { t() }
show()
m := map[int]func(){}
for range 3 { k++; i := k; m[i] = func() { add(i) } }
for _, f := range m { f() }
show()
var ts []Task
for range 3 { k++; i := k; ts = append(ts, Task{Run: func() { add(i) }}) }
for _, t := range ts { t.Run() }
show()
var ts2 []Task
for range 3 { k++; i := k; var t Task; t.Run = func() { add(i) }; ts2 = append(ts2, t) }
for _, t := range ts2 { t.Run() }
show()
var onces []func()
for range 3 { k++; i := k; onces = append(onces, sync.OnceFunc(func() { add(i) })) }
for _, f := range onces { f() }
show()
var tm []*time.Timer
for range 3 { k++; i := k; wg.Add(1); tm = append(tm, time.AfterFunc(time.Millisecond, func() { add(i); wg.Done() })) }
show()
for range 3 { k++; i := k; wg.Go((func() { add(i) })) }
show()`)
}

// A closure run later by compiled code shares the body's variables of
// its iteration (of every kind) with the body: each sees the other's
// writes, and outer variables stay shared.
func TestBodyVariablesOfClosuresShared(t *testing.T) {
	splitForm(t, `import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type P struct{ X, Y int }`, `var wg sync.WaitGroup
for n := range 3 {
	s := fmt.Sprint("s", n)
	p := P{n, n}
	a := [2]int{n, n}
	var e error = errors.New(fmt.Sprint("e", n))
	var any interface{} = n
	f := func() int { return n * 100 }
	ch := make(chan bool)
	done := make(chan bool)
	wg.Add(1)
	time.AfterFunc(time.Millisecond*time.Duration(3-n), func() {
		<-ch
		fmt.Println(s, p, a, e, any, f())
		s += "!"
		p.X = 9
		a[0] = 9
		e = nil
		any = "z"
		f = func() int { return -1 }
		close(done)
		wg.Done()
	})
	s += "+"
	p.Y = -1
	a[1] = -1
	e = errors.New("later")
	any = 3.5
	f = func() int { return n * 1000 }
	close(ch)
	<-done
	fmt.Println(s, p, a, e, any, f())
}
wg.Wait()
// outer variable written after the closure was made
total := 0
var mu sync.Mutex
start := make(chan bool)
for i := 0; i < 3; i++ {
	w := i
	wg.Go(func() { <-start; mu.Lock(); total += w * 10; mu.Unlock() })
	total++
}
close(start)
wg.Wait()
fmt.Println(total)
// closure writes body var read after the loop by another closure made in the same iteration
var readers []func() int
for i := range 3 {
	v := i
	d := make(chan bool)
	time.AfterFunc(0, func() { v *= 7; close(d) })
	readers = append(readers, func() int { return v })
	<-d
}
for _, r := range readers { fmt.Print(r(), " ") }
fmt.Println()`)
}

// `v, _ = <-ch`, `_, ok = <-ch` and `_, _ = <-ch` as statements and as
// the init of if, switch and for statements, in functions and at the top
// level of a cell.
func TestBlankReceiveAssignments(t *testing.T) {
	splitForm(t, `import "fmt"

func inits(ch chan int) {
	var ok bool
	var v int
	ch <- 1
	ch <- 2
	ch <- 3
	ch <- 4
	if _, ok = <-ch; ok {
		fmt.Println("if", ok)
	}
	if false {
	} else if v, _ = <-ch; v > 0 {
		fmt.Println("else if", v)
	}
	switch _, ok = <-ch; {
	case ok:
		fmt.Println("switch", ok)
	}
L:
	for v, _ = <-ch; v < 10; v++ {
		if v == 5 {
			continue L
		}
		fmt.Println("for", v)
	}
	close(ch)
	_, ok = <-ch
	fmt.Println("closed", ok)
}

func blanks(ch chan int) {
	ch <- 1
	ch <- 2
	ch <- 3
	var v int
	var ok bool
	v, _ = <-ch
	_, ok = <-ch
	_, _ = <-ch
	fmt.Println(v, ok, len(ch))
	ca := make(chan any, 2)
	ca <- 3
	ca <- "x"
	var va any
	va, _ = <-ca
	fmt.Println(va)
	switch va, _ = <-ca; x := va.(type) {
	case string:
		fmt.Println("string", x)
	}
}`, `inits(make(chan int, 10))
blanks(make(chan int, 3))
ch := make(chan int, 5)
var x int
var got bool
ch <- 7
x, _ = <-ch
fmt.Println(x)
ch <- 8
if _, got = <-ch; got {
	fmt.Println("top if", got)
}
ch <- 9
ch <- 10
_, got = <-ch
_, _ = <-ch
fmt.Println(got, len(ch))`)
}

// Select cases in assignment form (`case v = <-ch:`, `case v, ok =
// <-ch:`, with a blank, an index expression), with and without a body,
// in a function and at the top level of a cell.
func TestSelectAssignCases(t *testing.T) {
	splitForm(t, `import "fmt"

func sel(a, b chan int, n int) {
	var v int
	var ok bool
	arr := []int{0, 0}
	for i := range n {
		switch i {
		case 0:
			a <- 1
		case 1:
			b <- 2
		case 2:
			close(b)
		}
		select {
		case v = <-a:
			fmt.Println("a", v)
		case v, ok = <-b:
			fmt.Println("b", v, ok)
			if !ok {
				b = nil
			}
		}
	}
	a <- 9
	select {
	case arr[1] = <-a:
	}
	fmt.Println(arr)
	a <- 8
	select {
	case _, ok = <-a:
		fmt.Println("blank", ok)
	}
	a <- 7
	select {
	case v, _ = <-a:
	}
	fmt.Println("v", v)
}`, `a := make(chan int, 5)
b := make(chan int, 5)
sel(a, b, 3)
ch := make(chan int, 5)
ch <- 5
var x int
var got bool
select {
case x = <-ch:
}
fmt.Println(x)
ch <- 6
select {
case x, got = <-ch:
	fmt.Println(x, got)
}`)
}
