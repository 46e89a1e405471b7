package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Attract struct {
	Frame int
}

// attractLoop emits demo frames until the context is cancelled.
func attractLoop(ctx context.Context, frames chan<- Attract) error {
	defer close(frames)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case frames <- Attract{Frame: i}:
		}
	}
}

func waitForCoin(ctx context.Context, coin <-chan string) (string, error) {
	select {
	case c := <-coin:
		return c, nil
	case <-ctx.Done():
		return "", fmt.Errorf("waiting for coin: %w", context.Cause(ctx))
	}
}

var errClosing = errors.New("arcade closing")

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	frames := make(chan Attract)
	errc := make(chan error, 1)
	go func() { errc <- attractLoop(ctx, frames) }()

	for f := range frames {
		fmt.Println("demo frame", f.Frame)
		if f.Frame == 4 {
			cancel()
			break
		}
	}
	for range frames {
		// drain until the loop notices cancellation
	}
	err := <-errc
	fmt.Println("attract mode stopped:", err)
	fmt.Println("is Canceled:", errors.Is(err, context.Canceled))

	coin := make(chan string, 1)
	coin <- "quarter"
	c1, err := waitForCoin(context.Background(), coin)
	fmt.Printf("got %q err=%v\n", c1, err)

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errClosing)
	_, err = waitForCoin(ctx2, make(chan string))
	fmt.Println(err)
	fmt.Println("closing cause:", errors.Is(err, errClosing))

	ctx3, cancel3 := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel3()
	_, err = waitForCoin(ctx3, make(chan string))
	fmt.Println("deadline hit:", errors.Is(err, context.DeadlineExceeded))

	type key string
	ctx4 := context.WithValue(context.Background(), key("machine"), "Cosmic Pinball")
	if v, ok := ctx4.Value(key("machine")).(string); ok {
		fmt.Println("context carries machine:", v)
	}
}
