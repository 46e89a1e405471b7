package main

import (
	"fmt"
	"sync/atomic"

	"gokernel/runtime/threads"
)

func main() {
	ready := threads.NewEvent()
	var arrived atomic.Int32
	b := threads.NewBarrier(3)
	worker := func(id int) {
		ready.Wait()
		arrived.Add(1)
		b.Wait()
	}
	var ts []*threads.Thread
	for i := range 3 {
		ts = append(ts, threads.Start(worker, i))
	}
	fmt.Println("set:", ready.IsSet())
	ready.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("arrived:", arrived.Load(), ready.IsSet())
}
