package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func tryReceive(ch <-chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func waitFor(ch <-chan string, limit time.Duration) string {
	select {
	case s := <-ch:
		return "got " + s
	case <-time.After(limit):
		return "timed out after " + limit.String()
	}
}

func main() {
	// Step 1: non-blocking receive on an empty channel
	ch := make(chan int, 1)
	v, ok := tryReceive(ch)
	fmt.Println("step 1:", v, ok)

	// Step 2: non-blocking send until the buffer is full
	fmt.Println("step 2:", trySend(ch, 1), trySend(ch, 2))

	// Step 3: now the receive succeeds
	v, ok = tryReceive(ch)
	fmt.Println("step 3:", v, ok)

	// Step 4: a value that is already there wins over a long timeout
	ready := make(chan string, 1)
	ready <- "data"
	fmt.Println("step 4:", waitFor(ready, time.Hour))

	// Step 5: nobody ever sends, so the short timeout fires
	never := make(chan string)
	fmt.Println("step 5:", waitFor(never, 20*time.Millisecond))

	// Step 6: a nil channel is never ready, so its case is skipped
	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("step 6: impossible")
	default:
		fmt.Println("step 6: nil channel blocks forever")
	}

	// Step 7: merge two channels; nil out each one when it closes
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i <= 30; i += 10 {
			b <- i
		}
		close(b)
	}()
	sumA, sumB, count := 0, 0, 0
	for a != nil || b != nil {
		select {
		case x, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += x
			count++
		case x, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += x
			count++
		}
	}
	fmt.Println("step 7:", sumA, sumB, count)

	// Step 8: a context deadline
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("step 8:", ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Hour):
		fmt.Println("step 8: impossible")
	}

	// Step 9: explicit cancellation
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	<-ctx2.Done()
	fmt.Println("step 9:", ctx2.Err())

	// Step 10: a quit channel stops a worker loop
	quit := make(chan struct{})
	stopped := make(chan string)
	go func() {
		n := 0
		for {
			select {
			case <-quit:
				stopped <- "worker stopped"
				return
			default:
				n++
			}
		}
	}()
	close(quit)
	fmt.Println("step 10:", <-stopped)

	// Step 11: a closed channel is always ready
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("step 11:", v, ok)
	case <-time.After(time.Hour):
		fmt.Println("step 11: impossible")
	}
}
