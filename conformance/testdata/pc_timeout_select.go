// Lab 23: timeouts with select, written so the outcome is deterministic.
package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("operation timed out")

// callWithTimeout waits for a result or gives up after d.
func callWithTimeout[T any](result <-chan T, d time.Duration) (T, error) {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case v := <-result:
		return v, nil
	case <-timer.C:
		var zero T
		return zero, ErrTimeout
	}
}

// slowService answers only when its gate is opened.
type slowService struct {
	gate chan struct{}
	out  chan string
}

func newSlowService(name string) *slowService {
	s := &slowService{gate: make(chan struct{}), out: make(chan string, 1)}
	go func() {
		<-s.gate
		s.out <- "reply from " + name
	}()
	return s
}

func main() {
	// 1. A result that is already available beats a long timeout.
	ready := make(chan int, 1)
	ready <- 42
	v, err := callWithTimeout(ready, time.Minute)
	fmt.Println("ready:", v, err)

	// 2. A channel that never delivers always times out.
	never := make(chan int)
	v, err = callWithTimeout(never, 5*time.Millisecond)
	fmt.Println("never:", v, err)

	// 3. A slow service times out, then answers once its gate opens.
	svc := newSlowService("db")
	s, err := callWithTimeout(svc.out, 5*time.Millisecond)
	fmt.Printf("first attempt: %q err=%v\n", s, err)
	close(svc.gate)
	s, err = callWithTimeout(svc.out, time.Minute)
	fmt.Printf("second attempt: %q err=%v\n", s, err)

	// 4. Stopping a timer before it fires.
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t.Stop())

	// 5. Retrying with a bounded number of attempts; the service becomes
	//    ready after attempt 3 because we open its gate then.
	svc2 := newSlowService("cache")
	for attempt := 1; attempt <= 5; attempt++ {
		if attempt == 3 {
			close(svc2.gate)
		}
		wait := 2 * time.Millisecond
		if attempt >= 3 {
			wait = time.Minute
		}
		r, err := callWithTimeout(svc2.out, wait)
		if errors.Is(err, ErrTimeout) {
			fmt.Printf("attempt %d: timeout\n", attempt)
			continue
		}
		fmt.Printf("attempt %d: %s\n", attempt, r)
		break
	}

	// 6. A context-free "deadline" implemented with a done channel.
	done := make(chan struct{})
	close(done)
	select {
	case <-done:
		fmt.Println("done channel closed first")
	case <-time.After(time.Minute):
		fmt.Println("should not happen")
	}
	fmt.Println("timeout value has type", fmt.Sprintf("%T", time.Minute))
}
