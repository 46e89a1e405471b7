package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Group is a hand-written errgroup: it waits for all tasks, remembers the
// first error and cancels the shared context when an error occurs.
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

type Submission struct {
	Student string
	Code    string
}

func grade(ctx context.Context, s Submission) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if strings.Contains(s.Code, "panic") {
		return 0, fmt.Errorf("%s: forbidden call", s.Student)
	}
	return len(s.Code) % 11, nil
}

func main() {
	subs := []Submission{
		{"ana", "func main() { go work() }"}, {"ben", "wg.Wait()"},
		{"cai", "mu.Lock(); defer mu.Unlock()"}, {"dan", "select {}"},
		{"eva", "close(ch)"}, {"fay", "atomic.AddInt64(&n, 1)"},
	}

	// Run 1: everything succeeds; results are indexed by position.
	g, ctx := WithContext(context.Background())
	g.SetLimit(2)
	scores := make([]int, len(subs))
	for i, s := range subs {
		g.Go(func() error {
			v, err := grade(ctx, s)
			scores[i] = v
			return err
		})
	}
	fmt.Println("run 1 error:", g.Wait())
	for i, s := range subs {
		fmt.Printf("  %-4s %2d\n", s.Student, scores[i])
	}
	fmt.Println("context after Wait:", ctx.Err())

	// Run 2: exactly one submission fails, so the first error is known.
	bad := append([]Submission(nil), subs...)
	bad[3].Code = "panic(\"todo\")"
	g2, ctx2 := WithContext(context.Background())
	for _, s := range bad {
		g2.Go(func() error {
			_, err := grade(ctx2, s)
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		})
	}
	err := g2.Wait()
	fmt.Println("run 2 error:", err)
	fmt.Println("run 2 context:", ctx2.Err())

	// Run 3: collect every error instead of only the first.
	var mu sync.Mutex
	var all []string
	var g3 Group
	for i, s := range subs {
		g3.Go(func() error {
			if i%2 == 1 {
				mu.Lock()
				all = append(all, fmt.Sprintf("%s: late submission", s.Student))
				mu.Unlock()
			}
			return nil
		})
	}
	fmt.Println("run 3 first error:", g3.Wait())
	sort.Strings(all)
	fmt.Println("run 3 collected:")
	for _, e := range all {
		fmt.Println("  -", e)
	}
}
