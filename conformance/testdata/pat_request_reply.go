package main

import (
	"errors"
	"fmt"
	"sync"
)

type Op int

const (
	OpAdd Op = iota
	OpMul
	OpDiv
)

func (o Op) String() string {
	switch o {
	case OpAdd:
		return "+"
	case OpMul:
		return "*"
	case OpDiv:
		return "/"
	}
	return fmt.Sprintf("Op(%d)", int(o))
}

var ErrDivZero = errors.New("division by zero")

type Response struct {
	Val int
	Err error
}

type Request struct {
	Op    Op
	A, B  int
	Reply chan<- Response
}

func serve(reqs <-chan Request, handled *int) {
	for r := range reqs {
		*handled++
		var resp Response
		switch r.Op {
		case OpAdd:
			resp.Val = r.A + r.B
		case OpMul:
			resp.Val = r.A * r.B
		case OpDiv:
			if r.B == 0 {
				resp.Err = fmt.Errorf("%d %v %d: %w", r.A, r.Op, r.B, ErrDivZero)
			} else {
				resp.Val = r.A / r.B
			}
		default:
			resp.Err = fmt.Errorf("unknown op %v", r.Op)
		}
		r.Reply <- resp
	}
}

func main() {
	reqs := make(chan Request)
	handled := 0
	done := make(chan struct{})
	go func() {
		serve(reqs, &handled)
		close(done)
	}()

	const clients = 4
	results := make([][]string, clients)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			reply := make(chan Response)
			for _, op := range []Op{OpAdd, OpMul, OpDiv, Op(7)} {
				reqs <- Request{Op: op, A: 10 + c, B: c, Reply: reply}
				resp := <-reply
				line := fmt.Sprintf("%d%v%d=%d", 10+c, op, c, resp.Val)
				switch {
				case errors.Is(resp.Err, ErrDivZero):
					line = "divzero"
				case resp.Err != nil:
					line = "err(" + resp.Err.Error() + ")"
				}
				results[c] = append(results[c], line)
			}
		})
	}
	wg.Wait()
	close(reqs)
	<-done
	for c, lines := range results {
		fmt.Printf("client %d: %v\n", c, lines)
	}
	fmt.Println("requests handled:", handled)
}
