// Lab 3b: collecting errors from parallel tasks.
// A counting semaphore (buffered channel) limits how many tasks run at once.
// Each task stores its error at its own index; afterwards we report the
// first failing index and join all errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type ParseError struct {
	Line   int
	Reason string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Reason) }

var ErrNegative = errors.New("negative quantity")

type Order struct {
	Item  string
	Qty   int
	Price int // cents
}

func parseOrder(line int, s string) (Order, error) {
	fields := strings.Split(s, ",")
	if len(fields) != 3 {
		return Order{}, &ParseError{line, fmt.Sprintf("want 3 fields, got %d", len(fields))}
	}
	qty, err := strconv.Atoi(fields[1])
	if err != nil {
		return Order{}, &ParseError{line, "bad quantity " + strconv.Quote(fields[1])}
	}
	if qty < 0 {
		return Order{}, fmt.Errorf("line %d: %w", line, ErrNegative)
	}
	price, err := strconv.Atoi(fields[2])
	if err != nil {
		return Order{}, &ParseError{line, "bad price " + strconv.Quote(fields[2])}
	}
	return Order{fields[0], qty, price}, nil
}

func main() {
	input := []string{
		"pencil,10,45", "eraser,4,80", "ruler,two,150", "notebook,3,299",
		"stapler,-1,900", "glue,2", "marker,6,120", "paper,1,x", "clip,100,2",
	}

	const limit = 3
	sem := make(chan struct{}, limit)
	var running, peak atomic.Int32

	orders := make([]Order, len(input))
	errs := make([]error, len(input))
	var wg sync.WaitGroup
	for i, line := range input {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			orders[i], errs[i] = parseOrder(i+1, line)
			running.Add(-1)
		}()
	}
	wg.Wait()

	total := 0
	for i, o := range orders {
		if errs[i] != nil {
			continue
		}
		fmt.Printf("ok   %-9s %3d x %4d = %6d\n", o.Item, o.Qty, o.Price, o.Qty*o.Price)
		total += o.Qty * o.Price
	}
	fmt.Printf("total of valid orders: %d.%02d\n", total/100, total%100)

	for i, err := range errs {
		if err != nil {
			fmt.Println("first failure at index", i)
			break
		}
	}
	joined := errors.Join(errs...)
	fmt.Println("all errors:")
	for _, l := range strings.Split(joined.Error(), "\n") {
		fmt.Println("  " + l)
	}
	var pe *ParseError
	fmt.Println("contains ParseError:", errors.As(joined, &pe), "first one on line", pe.Line)
	fmt.Println("contains ErrNegative:", errors.Is(joined, ErrNegative))
	fmt.Println("concurrency stayed within limit:", peak.Load() <= limit)
}
