package main

import (
	"errors"
	"fmt"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

var (
	ErrOrderNotFound   = errors.New("order not found")
	ErrRefundWindow    = errors.New("refund window closed")
	ErrGatewayDeclined = errors.New("payment gateway declined")
)

// OverRefundError says a refund would exceed what was paid.
type OverRefundError struct {
	OrderID   string
	Requested Cents
	Remaining Cents
}

func (e *OverRefundError) Error() string {
	return fmt.Sprintf("order %s: refund %s exceeds remaining %s", e.OrderID, e.Requested, e.Remaining)
}

type Order struct {
	ID       string
	Paid     Cents
	Refunded Cents
	AgeDays  int
}

type RefundService struct {
	orders       map[string]*Order
	windowDays   int
	flakyGateway map[string]bool
}

func (s *RefundService) gatewayRefund(id string, amt Cents) error {
	if s.flakyGateway[id] {
		return fmt.Errorf("gateway call for %s (%s): %w", id, amt, ErrGatewayDeclined)
	}
	return nil
}

func (s *RefundService) Refund(id string, amt Cents) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("refund failed: %w", err)
		}
	}()

	o, ok := s.orders[id]
	if !ok {
		return fmt.Errorf("lookup %s: %w", id, ErrOrderNotFound)
	}
	if o.AgeDays > s.windowDays {
		return fmt.Errorf("order %s is %d days old: %w", id, o.AgeDays, ErrRefundWindow)
	}
	if remaining := o.Paid - o.Refunded; amt > remaining {
		return &OverRefundError{OrderID: id, Requested: amt, Remaining: remaining}
	}
	if err := s.gatewayRefund(id, amt); err != nil {
		return err
	}
	o.Refunded += amt
	return nil
}

func main() {
	svc := &RefundService{
		orders: map[string]*Order{
			"O-1": {ID: "O-1", Paid: 5000, AgeDays: 3},
			"O-2": {ID: "O-2", Paid: 12000, AgeDays: 45},
			"O-3": {ID: "O-3", Paid: 2599, AgeDays: 10},
			"O-4": {ID: "O-4", Paid: 8000, AgeDays: 1},
		},
		windowDays:   30,
		flakyGateway: map[string]bool{"O-4": true},
	}

	requests := []struct {
		id  string
		amt Cents
	}{
		{"O-1", 2000}, {"O-1", 2500}, {"O-1", 1000},
		{"O-2", 500}, {"O-3", 2599}, {"O-9", 100}, {"O-4", 8000},
	}

	for _, r := range requests {
		err := svc.Refund(r.id, r.amt)
		var over *OverRefundError
		switch {
		case err == nil:
			fmt.Printf("refunded %s on %s\n", r.amt, r.id)
		case errors.As(err, &over):
			fmt.Printf("partial only: can still refund %s on %s\n", over.Remaining, over.OrderID)
		case errors.Is(err, ErrRefundWindow):
			fmt.Println("policy:", err)
		case errors.Is(err, ErrGatewayDeclined):
			fmt.Println("retry later:", err)
		default:
			fmt.Println("error:", err)
		}
	}

	fmt.Println("--- balances ---")
	for _, id := range []string{"O-1", "O-2", "O-3", "O-4"} {
		o := svc.orders[id]
		fmt.Printf("%s paid %-8s refunded %-8s net %s\n", o.ID, o.Paid, o.Refunded, o.Paid-o.Refunded)
	}
}
