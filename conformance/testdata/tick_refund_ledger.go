package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var (
	ErrUnknownOrder = errors.New("unknown order")
	ErrOverRefund   = errors.New("refund exceeds paid amount")
)

type RefundError struct {
	Order string
	Asked int
	Left  int
	Err   error
}

func (e *RefundError) Error() string {
	return fmt.Sprintf("refund %s: asked %d, left %d: %v", e.Order, e.Asked, e.Left, e.Err)
}

func (e *RefundError) Unwrap() error { return e.Err }

type Ledger struct {
	mu       sync.Mutex
	paid     map[string]int
	refunded map[string]int
}

func NewLedger(paid map[string]int) *Ledger {
	return &Ledger{paid: paid, refunded: make(map[string]int)}
}

func (l *Ledger) Refund(order string, amount int) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	p, ok := l.paid[order]
	if !ok {
		return &RefundError{Order: order, Asked: amount, Err: ErrUnknownOrder}
	}
	left := p - l.refunded[order]
	if amount > left {
		return &RefundError{order, amount, left, ErrOverRefund}
	}
	l.refunded[order] += amount
	return nil
}

func main() {
	ledger := NewLedger(map[string]int{"A1": 100, "B2": 60, "C3": 250})

	// Many agents issue small refunds at the same time.
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			for _, o := range []string{"A1", "C3"} {
				_ = ledger.Refund(o, 5)
			}
		})
	}
	wg.Wait()

	var errs []error
	for _, req := range []struct {
		order  string
		amount int
	}{{"B2", 40}, {"B2", 30}, {"Z9", 10}, {"A1", 50}, {"A1", 1}} {
		if err := ledger.Refund(req.order, req.amount); err != nil {
			errs = append(errs, err)
		}
	}

	orders := make([]string, 0, len(ledger.paid))
	for o := range ledger.paid {
		orders = append(orders, o)
	}
	sort.Strings(orders)
	for _, o := range orders {
		fmt.Printf("%s paid=%3d refunded=%3d\n", o, ledger.paid[o], ledger.refunded[o])
	}

	joined := errors.Join(errs...)
	fmt.Println("errors:")
	fmt.Println(joined)
	fmt.Println("contains over-refund:", errors.Is(joined, ErrOverRefund))
	fmt.Println("contains unknown:", errors.Is(joined, ErrUnknownOrder))
	var re *RefundError
	if errors.As(joined, &re) {
		fmt.Printf("first refund error order=%s left=%d\n", re.Order, re.Left)
	}

	clear(ledger.refunded)
	fmt.Println("after clear, refunded entries:", len(ledger.refunded))
}
