package main

import (
	"errors"
	"fmt"
	"strings"
)

type CrashError struct {
	Attempt int
	Reason  any
}

func (e *CrashError) Error() string {
	return fmt.Sprintf("attempt %d crashed: %v", e.Attempt, e.Reason)
}

type Worker interface {
	// Run processes jobs starting at *cursor, advancing it after each job.
	Run(jobs []int, cursor *int)
}

type Flaky struct {
	Poison map[int]int // job -> remaining failures
	Done   []int
}

func (f *Flaky) Run(jobs []int, cursor *int) {
	for ; *cursor < len(jobs); *cursor++ {
		j := jobs[*cursor]
		if f.Poison[j] > 0 {
			f.Poison[j]--
			var m map[string]int
			if j%2 == 0 {
				m["boom"] = j // runtime panic: assignment to nil map
			}
			panic(fmt.Sprintf("bad job %d", j))
		}
		f.Done = append(f.Done, j*10)
	}
}

type Supervisor struct {
	MaxRestarts int
	Crashes     []error
}

var ErrGaveUp = errors.New("supervisor gave up")

func (s *Supervisor) Supervise(w Worker, jobs []int) error {
	cursor := 0
	for attempt := 1; ; attempt++ {
		done := make(chan error)
		go func() {
			defer func() {
				if r := recover(); r != nil {
					done <- &CrashError{attempt, r}
				}
			}()
			w.Run(jobs, &cursor)
			done <- nil
		}()
		err := <-done
		if err == nil {
			return nil
		}
		s.Crashes = append(s.Crashes, err)
		if len(s.Crashes) > s.MaxRestarts {
			return fmt.Errorf("%w after %d crashes", ErrGaveUp, len(s.Crashes))
		}
	}
}

func main() {
	jobs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	for _, limit := range []int{5, 2} {
		w := &Flaky{Poison: map[int]int{3: 1, 6: 2, 8: 1}}
		sup := &Supervisor{MaxRestarts: limit}
		err := sup.Supervise(w, jobs)
		fmt.Printf("max restarts %d: err=%v gaveUp=%v crashes=%d\n",
			limit, err, errors.Is(err, ErrGaveUp), len(sup.Crashes))
		for _, e := range sup.Crashes {
			var ce *CrashError
			if errors.As(e, &ce) {
				fmt.Printf("  #%d %v\n", ce.Attempt, ce.Reason)
			}
		}
		parts := make([]string, len(w.Done))
		for i, d := range w.Done {
			parts[i] = fmt.Sprint(d)
		}
		fmt.Println("  done:", strings.Join(parts, " "))
	}
}
