// Handout 9: an errgroup written by hand.
// Group runs tasks concurrently, optionally limits how many run at once,
// remembers the first error, and cancels a shared context.
package main

import (
	"context"
	"fmt"
	"strconv"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
	sem     chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Go(func() {
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
		}()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	})
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func parseAll(label string, fields []string) {
	fmt.Printf("== %s ==\n", label)
	g, ctx := WithContext(context.Background())
	g.SetLimit(2)
	vals := make([]int, len(fields))
	for i, f := range fields {
		g.Go(func() error {
			v, err := strconv.Atoi(f)
			if err != nil {
				return fmt.Errorf("field %d: %w", i, err)
			}
			vals[i] = v * v
			return nil
		})
	}
	err := g.Wait()
	if err != nil {
		fmt.Println("error:", err)
		fmt.Println("context cancelled:", ctx.Err() != nil)
		return
	}
	total := 0
	for i, v := range vals {
		fmt.Printf("  %s^2 = %d\n", fields[i], v)
		total += v
	}
	fmt.Println("sum of squares:", total)
	fmt.Println("context cancelled after Wait:", ctx.Err() != nil)
}

func main() {
	parseAll("all good", []string{"3", "4", "12", "84", "7", "24", "25", "10"})
	parseAll("one bad field", []string{"1", "2", "three", "4", "5"})
	parseAll("empty input", nil)
}
