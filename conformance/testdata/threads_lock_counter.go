package main

import (
	"fmt"

	"gokernel/runtime/threads"
)

var counter int
var lock = threads.NewLock()

func addMany(n int) {
	for range n {
		lock.Acquire()
		counter++
		lock.Release()
	}
}

func main() {
	var ts []*threads.Thread
	for range 4 {
		ts = append(ts, threads.Start(addMany, 1000))
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(counter)
}
