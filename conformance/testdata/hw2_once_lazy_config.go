// Homework 2, problem 22: lazy initialization with sync.Once under contention.
// Many goroutines ask for a shared lookup table at the same time. sync.Once
// guarantees the expensive constructor runs exactly once, and every caller
// returns only after it has finished (so nobody sees a half-built table).
// The second resource uses sync.OnceValue, the function-style helper.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// SquareTable is the "expensive" resource: precomputed squares mod 1000.
type SquareTable struct {
	Values []int
	Label  string
}

var (
	tableOnce  sync.Once
	table      *SquareTable
	tableInits atomic.Int32
)

func buildTable() {
	tableInits.Add(1)
	t := &SquareTable{Values: make([]int, 100), Label: "squares mod 1000"}
	for i := range t.Values {
		t.Values[i] = (i * i) % 1000
	}
	table = t
}

// GetTable returns the shared table, building it on first use.
func GetTable() *SquareTable {
	tableOnce.Do(buildTable)
	return table
}

var greetingInits atomic.Int32

// greeting is built lazily by sync.OnceValue.
var greeting = sync.OnceValue(func() string {
	greetingInits.Add(1)
	return "hello from a lazily built string"
})

// Lookup is one goroutine's view of the shared resources.
type Lookup struct {
	Caller int
	Table  *SquareTable
	Value  int
	Msg    string
}

func main() {
	const callers = 16
	lookups := make([]Lookup, callers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for c := 0; c < callers; c++ {
		wg.Go(func() {
			<-start // line everyone up to maximise contention
			t := GetTable()
			lookups[c] = Lookup{Caller: c, Table: t, Value: t.Values[c*6], Msg: greeting()}
		})
	}
	close(start)
	wg.Wait()

	sameTable, sameMsg := true, true
	for _, l := range lookups {
		if l.Table != lookups[0].Table {
			sameTable = false
		}
		if l.Msg != lookups[0].Msg {
			sameMsg = false
		}
	}
	fmt.Println("sync.Once lazy initialization")
	fmt.Println("callers:", callers)
	fmt.Println("table constructor runs:", tableInits.Load())
	fmt.Println("greeting constructor runs:", greetingInits.Load())
	fmt.Println("all callers share one table:", sameTable)
	fmt.Println("all callers got same greeting:", sameMsg)
	fmt.Println("table label:", lookups[0].Table.Label)
	for _, l := range lookups[:6] {
		fmt.Printf("caller %d read values[%d] = %d\n", l.Caller, l.Caller*6, l.Value)
	}
	fmt.Println("greeting:", greeting())
}
