package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Quote struct {
	Channel string
	Price   int
}

// fetchQuote simulates a booking channel. Slow channels wait on ctx.
func fetchQuote(ctx context.Context, channel string, price int, slow bool) (Quote, error) {
	if slow {
		select {
		case <-ctx.Done():
			return Quote{}, fmt.Errorf("%s: %w", channel, ctx.Err())
		case <-time.After(5 * time.Second):
		}
	}
	return Quote{channel, price}, nil
}

type key string

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	ctx = context.WithValue(ctx, key("desk"), "front-desk-2")

	channels := []struct {
		name  string
		price int
		slow  bool
	}{
		{"direct", 140, false},
		{"agencyA", 132, false},
		{"agencyB", 119, true},
		{"partner", 128, false},
		{"legacyGDS", 101, true},
	}

	var (
		mu     sync.Mutex
		quotes []Quote
		errs   []string
		wg     sync.WaitGroup
	)
	for _, c := range channels {
		wg.Add(1)
		go func() {
			defer wg.Done()
			q, err := fetchQuote(ctx, c.name, c.price, c.slow)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if errors.Is(err, context.DeadlineExceeded) {
					errs = append(errs, err.Error())
				}
				return
			}
			quotes = append(quotes, q)
		}()
	}
	wg.Wait()

	sort.Slice(quotes, func(i, j int) bool { return quotes[i].Price < quotes[j].Price })
	sort.Strings(errs)
	fmt.Println("requested by:", ctx.Value(key("desk")))
	for _, q := range quotes {
		fmt.Printf("  %-8s %d\n", q.Channel, q.Price)
	}
	for _, e := range errs {
		fmt.Println("  timed out:", e)
	}
	fmt.Printf("best available: %+v\n", quotes[0])

	// Manual cancellation with a cause.
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("guest cancelled the search"))
	<-ctx2.Done()
	fmt.Println("ctx2 err:", ctx2.Err())
	fmt.Println("ctx2 cause:", context.Cause(ctx2))

	budget := 50 * time.Millisecond
	fmt.Println("search budget was", budget)
}
