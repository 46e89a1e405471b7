package main

import (
	"errors"
	"fmt"
)

var (
	ErrNoVacancy   = errors.New("no vacancy")
	ErrInvalidDate = errors.New("invalid date range")
)

type GuestBlockedError struct {
	Guest  string
	Reason string
}

func (e *GuestBlockedError) Error() string {
	return fmt.Sprintf("guest %q is blocked: %s", e.Guest, e.Reason)
}

type Request struct {
	Guest    string
	CheckIn  int
	CheckOut int
	Kind     string
}

type Hotel struct {
	free    map[string]int
	blocked map[string]string
}

func (h *Hotel) Reserve(req Request) (string, error) {
	if req.CheckOut <= req.CheckIn {
		return "", fmt.Errorf("reserve for %s (day %d-%d): %w", req.Guest, req.CheckIn, req.CheckOut, ErrInvalidDate)
	}
	if reason, ok := h.blocked[req.Guest]; ok {
		return "", fmt.Errorf("reserve: %w", &GuestBlockedError{Guest: req.Guest, Reason: reason})
	}
	if h.free[req.Kind] == 0 {
		return "", fmt.Errorf("reserve %s room: %w", req.Kind, ErrNoVacancy)
	}
	h.free[req.Kind]--
	return fmt.Sprintf("CONF-%s-%d", req.Kind[:1], req.CheckIn*100+req.CheckOut), nil
}

func main() {
	h := &Hotel{
		free:    map[string]int{"double": 1, "suite": 0},
		blocked: map[string]string{"Mallory": "unpaid balance"},
	}
	requests := []Request{
		{"Alice", 3, 5, "double"},
		{"Bob", 4, 4, "double"},
		{"Mallory", 1, 2, "double"},
		{"Carol", 6, 9, "suite"},
		{"Dave", 2, 3, "double"},
	}

	var all []error
	for _, req := range requests {
		code, err := h.Reserve(req)
		var blocked *GuestBlockedError
		switch {
		case err == nil:
			fmt.Printf("%-7s confirmed %s\n", req.Guest, code)
		case errors.Is(err, ErrNoVacancy):
			fmt.Printf("%-7s waitlisted: %v\n", req.Guest, err)
		case errors.Is(err, ErrInvalidDate):
			fmt.Printf("%-7s rejected: %v\n", req.Guest, err)
		case errors.As(err, &blocked):
			fmt.Printf("%-7s refused (reason=%s)\n", req.Guest, blocked.Reason)
		}
		if err != nil {
			all = append(all, err)
		}
	}

	joined := errors.Join(all...)
	fmt.Println("--- all failures ---")
	fmt.Println(joined)
	fmt.Println("joined contains no-vacancy:", errors.Is(joined, ErrNoVacancy))
	fmt.Println("unwrapped once:", errors.Unwrap(all[0]))
}
