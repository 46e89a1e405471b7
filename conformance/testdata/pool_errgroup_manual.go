package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Group is a small hand-rolled version of errgroup.Group.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

type ParseError struct {
	Index int
	Input string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("item %d: cannot parse %q", e.Index, e.Input)
}

func parseDigits(s string) (int, error) {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, errors.New("not a digit")
		}
		n = n*10 + int(r-'0')
	}
	return n, nil
}

func process(inputs []string) ([]int, error) {
	g, ctx := WithContext(context.Background())
	out := make([]int, len(inputs))
	for i, s := range inputs {
		g.Go(func() error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			n, err := parseDigits(s)
			if err != nil {
				return &ParseError{Index: i, Input: s}
			}
			out[i] = n * 2
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

func main() {
	batches := [][]string{
		{"10", "20", "30", "40"},
		{"7", "x9", "11"},
		{"123", "456", "789", "1000", "5"},
		{},
	}
	for i, b := range batches {
		fmt.Printf("batch %d [%s]\n", i, strings.Join(b, " "))
		res, err := process(b)
		var pe *ParseError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("  failed: %v (index %d)\n", pe, pe.Index)
		case err != nil:
			fmt.Printf("  failed: %v\n", err)
		default:
			fmt.Printf("  doubled: %v\n", res)
		}
	}
}
