package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Source struct {
	Name  string
	Ready bool // a source that is not ready never answers
}

func query(ctx context.Context, src Source) (string, error) {
	answer := make(chan string, 1)
	if src.Ready {
		answer <- "quote from " + src.Name
	}
	select {
	case a := <-answer:
		return a, nil
	case <-ctx.Done():
		return "", fmt.Errorf("%s: %w", src.Name, ctx.Err())
	}
}

type ctxKey string

func deskOf(ctx context.Context) string {
	if v, ok := ctx.Value(ctxKey("desk")).(string); ok {
		return v
	}
	return "unknown"
}

func main() {
	base := context.WithValue(context.Background(), ctxKey("desk"), "politics")
	fmt.Println("desk:", deskOf(base))
	fmt.Println("desk without value:", deskOf(context.Background()))

	sources := []Source{
		{"press office", true},
		{"anonymous official", false},
		{"opposition leader", true},
	}

	for _, src := range sources {
		ctx, cancel := context.WithTimeout(base, 50*time.Millisecond)
		quote, err := query(ctx, src)
		cancel()
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			fmt.Println("timed out:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Println("got:", quote)
		}
	}

	ctx, cancel := context.WithCancel(base)
	cancel()
	_, err := query(ctx, Source{"late caller", false})
	fmt.Println("after cancel:", err)
	fmt.Println("is Canceled:", errors.Is(err, context.Canceled))
	fmt.Println("desk still visible:", deskOf(ctx))

	cause := errors.New("story spiked by editor")
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(cause)
	<-ctx2.Done()
	fmt.Println("ctx err:", ctx2.Err())
	fmt.Println("cause:", context.Cause(ctx2))

	budget := 90 * time.Second
	fmt.Println("interview budget:", budget, "=", budget.Minutes(), "minutes")
}
