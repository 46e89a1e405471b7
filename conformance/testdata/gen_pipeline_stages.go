package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

type Stage[T any] struct {
	Name string
	Fn   func(T) (T, error)
}

type StageError struct {
	Stage string
	Index int
	Err   error
}

func (e *StageError) Error() string { return fmt.Sprintf("stage %d (%s): %v", e.Index, e.Stage, e.Err) }
func (e *StageError) Unwrap() error { return e.Err }

type Pipeline[T any] struct{ stages []Stage[T] }

func (p *Pipeline[T]) Then(name string, fn func(T) (T, error)) *Pipeline[T] {
	p.stages = append(p.stages, Stage[T]{name, fn})
	return p
}

func (p *Pipeline[T]) Run(v T) (T, error) {
	for i, s := range p.stages {
		next, err := s.Fn(v)
		if err != nil {
			return v, &StageError{Stage: s.Name, Index: i, Err: err}
		}
		v = next
	}
	return v, nil
}

var ErrEmpty = errors.New("empty input")

func main() {
	text := &Pipeline[string]{}
	text.Then("trim", func(s string) (string, error) {
		s = strings.TrimSpace(s)
		if s == "" {
			return s, ErrEmpty
		}
		return s, nil
	}).Then("check", func(s string) (string, error) {
		for _, r := range s {
			if unicode.IsDigit(r) {
				return s, fmt.Errorf("digit %q not allowed", r)
			}
		}
		return s, nil
	}).Then("title", func(s string) (string, error) {
		words := strings.Fields(s)
		for i, w := range words {
			rs := []rune(strings.ToLower(w))
			rs[0] = unicode.ToUpper(rs[0])
			words[i] = string(rs)
		}
		return strings.Join(words, " "), nil
	})

	for _, in := range []string{"  hello   gopher world ", "   ", "agent 007", "ÉCOLE go"} {
		out, err := text.Run(in)
		var se *StageError
		switch {
		case err == nil:
			fmt.Printf("%q -> %q\n", in, out)
		case errors.Is(err, ErrEmpty):
			fmt.Printf("%q -> empty (%v)\n", in, err)
		case errors.As(err, &se):
			fmt.Printf("%q -> failed at %s #%d: %v; partial=%q\n", in, se.Stage, se.Index, se.Err, out)
		}
	}
	nums := &Pipeline[[]int]{}
	nums.Then("double", func(xs []int) ([]int, error) {
		out := make([]int, len(xs))
		for i, x := range xs {
			out[i] = x * 2
		}
		return out, nil
	}).Then("limit", func(xs []int) ([]int, error) {
		if i := slices.IndexFunc(xs, func(x int) bool { return x > 100 }); i >= 0 {
			return nil, fmt.Errorf("value %d exceeds limit", xs[i])
		}
		return xs, nil
	})
	for _, in := range [][]int{{1, 2, 3}, {10, 60}} {
		out, err := nums.Run(in)
		fmt.Printf("%v -> %v err=%v\n", in, out, err)
	}
	fmt.Printf("%T %d stages\n", nums, len(nums.stages))
}
