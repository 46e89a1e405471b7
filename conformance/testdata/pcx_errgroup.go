package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Group is a small hand-written version of errgroup.Group.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
}

func WithContext(parent context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(parent)
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
					g.cancel(err)
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

type ValidationError struct {
	Record int
	Field  string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("record %d: field %q is empty", e.Record, e.Field)
}

var records = []map[string]string{
	{"name": "ada", "lang": "go"},
	{"name": "grace", "lang": "cobol"},
	{"name": "edsger", "lang": "algol"},
	{"name": "barbara", "lang": "clu"},
}

func process(ctx context.Context, recs []map[string]string) ([]string, error) {
	g, ctx := WithContext(ctx)
	out := make([]string, len(recs))
	for i, r := range recs {
		g.Go(func() error {
			if r["lang"] == "" {
				return &ValidationError{Record: i, Field: "lang"}
			}
			if r["name"] == "slow" {
				<-ctx.Done() // waits for a sibling failure
				return ctx.Err()
			}
			out[i] = strings.ToUpper(r["name"]) + "/" + r["lang"]
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("  group context cause:", context.Cause(ctx))
	return out, err
}

func main() {
	fmt.Println("run 1: all records valid")
	out, err := process(context.Background(), records)
	fmt.Println("  error:", err)
	for i, s := range out {
		fmt.Printf("  [%d] %s\n", i, s)
	}

	fmt.Println("run 2: one invalid record, two blocked siblings")
	bad := append([]map[string]string{}, records...)
	bad = append(bad, map[string]string{"name": "slow", "lang": "x"})
	bad = append(bad, map[string]string{"name": "broken"})
	bad = append(bad, map[string]string{"name": "slow", "lang": "y"})
	out, err = process(context.Background(), bad)
	fmt.Println("  error:", err)
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Printf("  validation error at record %d, field %s\n", ve.Record, ve.Field)
	}
	done := 0
	for _, s := range out {
		if s != "" {
			done++
		}
	}
	fmt.Println("  completed records:", done)
}
