// Lecture 12: an errgroup-style helper written by hand, with typed errors.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Group runs tasks and remembers every error, tagged with the task index.
type Group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs map[int]error
	next int
}

func (g *Group) Go(f func() error) {
	g.mu.Lock()
	idx := g.next
	g.next++
	g.mu.Unlock()
	g.wg.Go(func() {
		if err := f(); err != nil {
			g.mu.Lock()
			if g.errs == nil {
				g.errs = map[int]error{}
			}
			g.errs[idx] = err
			g.mu.Unlock()
		}
	})
}

// Wait returns the error of the lowest-indexed failing task, so the
// result does not depend on which goroutine failed first.
func (g *Group) Wait() (int, error) {
	g.wg.Wait()
	if len(g.errs) == 0 {
		return 0, nil
	}
	keys := make([]int, 0, len(g.errs))
	for k := range g.errs {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return len(keys), g.errs[keys[0]]
}

var ErrEmpty = errors.New("empty input")

type ParseError struct {
	Line int
	Text string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text) }

func parse(line int, s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("line %d: %w", line, ErrEmpty)
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, &ParseError{Line: line, Text: s}
		}
		n = n*10 + int(r-'0')
	}
	return n, nil
}

func run(name string, lines []string) {
	var g Group
	vals := make([]int, len(lines))
	for i, l := range lines {
		g.Go(func() error {
			v, err := parse(i+1, l)
			vals[i] = v
			return err
		})
	}
	count, err := g.Wait()
	fmt.Printf("[%s] values=%v failures=%d\n", name, vals, count)
	var pe *ParseError
	switch {
	case err == nil:
		fmt.Printf("[%s] ok\n", name)
	case errors.Is(err, ErrEmpty):
		fmt.Printf("[%s] empty: %v\n", name, err)
	case errors.As(err, &pe):
		fmt.Printf("[%s] parse error at line %d (%T)\n", name, pe.Line, pe)
	default:
		fmt.Printf("[%s] other: %v\n", name, err)
	}
}

func main() {
	run("good", []string{"1", "22", "333"})
	run("empty", []string{"5", "", "x7"})
	run("bad", []string{"42", "4x2", "", "9"})
	run("single", []string{strings.Repeat("9", 3)})

	// Joining errors keeps all of them and still works with errors.Is.
	joined := errors.Join(context.Canceled, fmt.Errorf("wrap: %w", ErrEmpty))
	fmt.Println("joined is Canceled:", errors.Is(joined, context.Canceled))
	fmt.Println("joined is ErrEmpty:", errors.Is(joined, ErrEmpty))
	fmt.Printf("joined text: %q\n", joined.Error())
}
