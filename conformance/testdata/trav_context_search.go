package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

const requestKey ctxKey = "request-id"

type Room struct {
	Hotel string
	Price int
}

// scan sends rooms one at a time until the context is cancelled.
func scan(ctx context.Context, rooms []Room) <-chan Room {
	out := make(chan Room)
	go func() {
		defer close(out)
		for _, r := range rooms {
			if ctx.Err() != nil {
				return
			}
			select {
			case <-ctx.Done():
				return
			case out <- r:
			}
		}
	}()
	return out
}

func findUnder(ctx context.Context, rooms []Room, budget, want int) ([]Room, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	id, _ := ctx.Value(requestKey).(string)
	var found []Room
	seen := 0
	for r := range scan(ctx, rooms) {
		seen++
		if r.Price <= budget {
			found = append(found, r)
			if len(found) == want {
				cancel()
				fmt.Printf("[%s] stopped after inspecting %d of %d rooms\n", id, seen, len(rooms))
				return found, nil
			}
		}
	}
	return found, fmt.Errorf("[%s] only %d room(s) under %d: %w", id, len(found), budget, errNotEnough)
}

var errNotEnough = errors.New("not enough rooms")

func main() {
	rooms := []Room{
		{"Casa Azul", 140}, {"Hostel Uno", 35}, {"Grand Plaza", 260},
		{"Pension Rosa", 62}, {"Sea Breeze", 98}, {"Hotel Norte", 71},
		{"Backpackers", 28}, {"Villa Sol", 180},
	}

	base := context.WithValue(context.Background(), requestKey, "req-42")
	got, err := findUnder(base, rooms, 75, 2)
	fmt.Println("result:", got, "err:", err)

	base = context.WithValue(context.Background(), requestKey, "req-43")
	got, err = findUnder(base, rooms, 40, 3)
	fmt.Println("result:", got)
	fmt.Println("error:", err, "| is errNotEnough:", errors.Is(err, errNotEnough))

	// A parent that is already cancelled stops everything.
	parent, cancel := context.WithCancel(base)
	cancel()
	got, err = findUnder(parent, rooms, 500, 1)
	fmt.Printf("cancelled parent: %d rooms, ctx err = %v\n", len(got), parent.Err())
	fmt.Println("search error wraps:", errors.Is(err, errNotEnough))

	tctx, tcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println("timeout ctx:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
}
