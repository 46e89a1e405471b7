// Lab 11: an errgroup written by hand.
//
// Group runs tasks concurrently. The first task to return a non-nil error
// cancels the shared context so the remaining tasks can give up early, and
// Wait returns that first error. Only the first error is kept (sync.Once);
// the cancellation errors of the other tasks are ignored.
//
// The program validates two batches of submitted lab reports and, like a
// real grading script, exits with status 1 when a batch fails.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
)

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func WithContext(parent context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(parent)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Go(func() {
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	})
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

type Report struct {
	Student string
	Text    string
}

// validate checks a report; it also stops early if the group was cancelled.
func validate(ctx context.Context, r Report) error {
	for i, word := range strings.Fields(r.Text) {
		if i%2 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if word == "TODO" {
			return fmt.Errorf("report of %s: unfinished section (word %d)", r.Student, i+1)
		}
	}
	return nil
}

func runBatch(name string, reports []Report) error {
	g, ctx := WithContext(context.Background())
	wordCounts := make([]int, len(reports))
	for i, r := range reports {
		g.Go(func() error {
			if err := validate(ctx, r); err != nil {
				return err
			}
			wordCounts[i] = len(strings.Fields(r.Text))
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return fmt.Errorf("batch %s: %w", name, err)
	}
	fmt.Printf("batch %s ok:\n", name)
	for i, r := range reports {
		fmt.Printf("  %-6s %2d words\n", r.Student, wordCounts[i])
	}
	return nil
}

func main() {
	batches := []struct {
		name    string
		reports []Report
	}{
		{"A", []Report{
			{"kim", "we measured speedup on four cores and found efficiency near ninety percent"},
			{"lee", "the mutex version was slower than the atomic version"},
			{"noor", "lock ordering removed the deadlock in the bank example"},
		}},
		{"B", []Report{
			{"omar", "the barrier keeps phases separate"},
			{"pia", "results TODO discuss the graph"},
			{"quinn", "channels made the pipeline easy to read"},
		}},
	}
	for _, b := range batches {
		if err := runBatch(b.name, b.reports); err != nil {
			fmt.Println("FAILED:", err)
			os.Exit(1)
		}
	}
	fmt.Println("all batches passed")
}
