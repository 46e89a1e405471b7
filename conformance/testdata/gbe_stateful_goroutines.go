// Go by Example: Stateful Goroutines
package main

import (
	"fmt"
	"maps"
	"sync"
	"sync/atomic"
)

// Other goroutines send read and write requests to the owning
// goroutine, which responds on the resp channel.
type readOp struct {
	key  int
	resp chan int
}
type writeOp struct {
	key, val int
	resp     chan bool
}
type snapshotOp struct {
	resp chan map[int]int
}

func main() {
	var readOps, writeOps atomic.Uint64

	reads := make(chan readOp)
	writes := make(chan writeOp)
	snapshots := make(chan snapshotOp)
	quit := make(chan struct{})
	stopped := make(chan int)

	// The goroutine that owns the state, a map private to it.
	go func() {
		var state = make(map[int]int)
		handled := 0
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			case snap := <-snapshots:
				snap.resp <- maps.Clone(state)
			case <-quit:
				stopped <- handled
				return
			}
			handled++
		}
	}()

	var wg sync.WaitGroup

	// 10 writers; each visits keys 0..4 twenty times, adding 1 or 2.
	for w := range 10 {
		wg.Go(func() {
			for i := range 100 {
				write := writeOp{key: i % 5, val: 1 + w%2, resp: make(chan bool)}
				writes <- write
				<-write.resp
				writeOps.Add(1)
			}
		})
	}
	// 5 readers; the values they see vary, so we only count them.
	for range 5 {
		wg.Go(func() {
			for i := range 50 {
				read := readOp{key: i % 5, resp: make(chan int)}
				reads <- read
				<-read.resp
				readOps.Add(1)
			}
		})
	}
	wg.Wait()

	fmt.Println("readOps:", readOps.Load(), "writeOps:", writeOps.Load())

	snap := snapshotOp{resp: make(chan map[int]int)}
	snapshots <- snap
	fmt.Println("final state:", <-snap.resp)

	close(quit)
	fmt.Println("requests handled:", <-stopped)
}
