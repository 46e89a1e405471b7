package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d (%q): %v", e.Line, e.Text, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var ErrNegative = errors.New("negative value")

func parseLine(n int, s string) (int, error) {
	v, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, &ParseError{Line: n, Text: s, Err: err}
	}
	if v < 0 {
		return 0, &ParseError{Line: n, Text: s, Err: ErrNegative}
	}
	return v, nil
}

func main() {
	input := []string{"12", " 7", "x9", "40", "-3", "15", "", "8", "99999999999999999999", "21"}

	// Style 1: one error slot per goroutine, indexed by line.
	values := make([]int, len(input))
	errs := make([]error, len(input))
	var wg sync.WaitGroup
	for i, s := range input {
		wg.Go(func() {
			values[i], errs[i] = parseLine(i+1, s)
		})
	}
	wg.Wait()

	sum := 0
	for i := range input {
		if errs[i] == nil {
			sum += values[i]
		}
	}
	fmt.Println("sum of valid lines:", sum)

	joined := errors.Join(errs...)
	fmt.Println("joined errors:")
	fmt.Println(joined)

	var pe *ParseError
	fmt.Println("has ParseError:", errors.As(joined, &pe), "first at line", pe.Line)
	fmt.Println("has ErrNegative:", errors.Is(joined, ErrNegative))
	fmt.Println("has ErrRange:", errors.Is(joined, strconv.ErrRange))

	// Style 2: errors sent over a channel, then sorted.
	errCh := make(chan error, len(input))
	for i, s := range input {
		wg.Go(func() {
			if _, err := parseLine(i+1, s); err != nil {
				errCh <- err
			}
		})
	}
	wg.Wait()
	close(errCh)

	var msgs []string
	for err := range errCh {
		var p *ParseError
		if errors.As(err, &p) {
			msgs = append(msgs, fmt.Sprintf("%02d:%s", p.Line, kind(p.Err)))
		}
	}
	sort.Strings(msgs)
	fmt.Println("via channel:", strings.Join(msgs, ", "))

	// Style 3: first error wins, guarded by a mutex.
	var mu sync.Mutex
	var first error
	firstLine := len(input) + 1
	for i, s := range input {
		wg.Go(func() {
			if _, err := parseLine(i+1, s); err != nil {
				mu.Lock()
				if i+1 < firstLine {
					first, firstLine = err, i+1
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("earliest error:", first)
}

func kind(err error) string {
	switch {
	case errors.Is(err, ErrNegative):
		return "negative"
	case errors.Is(err, strconv.ErrRange):
		return "range"
	case errors.Is(err, strconv.ErrSyntax):
		return "syntax"
	}
	return "other"
}
