// select with a timeout guard: each request races its reply against
// time.After. Replies come quickly, so the generous timeout never fires.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

var ErrTimeout = errors.New("timed out")

type Reply struct {
	Query  string
	Answer string
}

func (r Reply) String() string { return r.Query + " => " + r.Answer }

type Service interface {
	Handle(q string) <-chan Reply
}

type upperService struct{}

func (upperService) Handle(q string) <-chan Reply {
	ch := make(chan Reply, 1) // buffered: the sender never blocks, even if abandoned
	go func() {
		ch <- Reply{q, strings.ToUpper(q)}
	}()
	return ch
}

func ask(s Service, q string, timeout time.Duration) (Reply, error) {
	select {
	case r := <-s.Handle(q):
		return r, nil
	case <-time.After(timeout):
		return Reply{}, fmt.Errorf("query %q: %w", q, ErrTimeout)
	}
}

// bothOf receives two replies in whichever order they arrive, but always
// returns them in argument order, so the output is deterministic.
func bothOf(s Service, a, b string) []Reply {
	ca, cb := s.Handle(a), s.Handle(b)
	var ra, rb Reply
	deadline := time.NewTimer(5 * time.Second)
	defer deadline.Stop()
	for got := 0; got < 2; {
		select {
		case ra = <-ca:
			ca = nil // a nil channel is never selected again
			got++
		case rb = <-cb:
			cb = nil
			got++
		case <-deadline.C:
			return nil
		}
	}
	return []Reply{ra, rb}
}

func main() {
	svc := upperService{}
	for _, q := range []string{"ping", "status", "go"} {
		r, err := ask(svc, q, 2*time.Second)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(r)
	}
	fmt.Println(bothOf(svc, "left", "right"))

	// Non-blocking poll with default: nothing has been sent yet.
	idle := make(chan int)
	select {
	case v := <-idle:
		fmt.Println("unexpected value", v)
	default:
		fmt.Println("nothing ready, moving on")
	}

	wrapped := fmt.Errorf("query %q: %w", "slow", ErrTimeout)
	fmt.Println("error wrapping check:", errors.Is(wrapped, ErrTimeout), wrapped)
}
