package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type Homework struct {
	ID            int
	Pupil, Answer string
}

type Graded struct {
	ID, Points int
	Pupil      string
	Err        error
}

type PlagiarismError struct {
	Pupil, CopiedFrom string
}

func (e PlagiarismError) Error() string {
	return fmt.Sprintf("%s copied from %s", e.Pupil, e.CopiedFrom)
}

var ErrBlank = errors.New("blank submission")

type Tally struct {
	mu    sync.Mutex
	words map[string]int
}

func (t *Tally) Add(pupil string, n int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.words[pupil] += n
}

func mark(h Homework, original map[string]string, t *Tally) (int, error) {
	ans := strings.TrimSpace(h.Answer)
	if ans == "" {
		return 0, fmt.Errorf("homework %d: %w", h.ID, ErrBlank)
	}
	if first := original[ans]; first != h.Pupil {
		return 0, fmt.Errorf("homework %d: %w", h.ID, PlagiarismError{h.Pupil, first})
	}
	words := len(strings.Fields(ans))
	t.Add(h.Pupil, words)
	return words * 2, nil
}

func main() {
	work := []Homework{
		{1, "Lena", "photosynthesis makes glucose from light"},
		{2, "Marc", ""},
		{3, "Nina", "plants need water"},
		{4, "Otto", "plants need water"},
		{5, "Pia", "chlorophyll absorbs red and blue light"},
		{6, "Ravi", "   "},
		{7, "Anya", "plants need water"},
	}

	jobs := make(chan Homework)
	out := make(chan Graded, len(work))
	seen := map[string]string{}
	for _, h := range work {
		if ans := strings.TrimSpace(h.Answer); ans != "" {
			if prev, ok := seen[ans]; !ok || h.Pupil < prev {
				seen[ans] = h.Pupil
			}
		}
	}
	tally := &Tally{words: map[string]int{}}
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			for h := range jobs {
				pts, err := mark(h, seen, tally)
				out <- Graded{ID: h.ID, Points: pts, Pupil: h.Pupil, Err: err}
			}
		})
	}
	for _, h := range work {
		jobs <- h
	}
	close(jobs)
	wg.Wait()
	close(out)

	results := make([]Graded, len(work))
	for g := range out {
		results[g.ID-1] = g
	}

	var errs []error
	for _, g := range results {
		if g.Err != nil {
			errs = append(errs, g.Err)
			fmt.Printf("#%d %-5s ERROR %v\n", g.ID, g.Pupil, g.Err)
			continue
		}
		fmt.Printf("#%d %-5s %2d points\n", g.ID, g.Pupil, g.Points)
	}

	all := errors.Join(errs...)
	var pe PlagiarismError
	fmt.Println("any blank:", errors.Is(all, ErrBlank))
	if errors.As(all, &pe) {
		fmt.Printf("first plagiarism case: %#v\n", pe)
	}
	fmt.Println("error count:", len(errs))
	for _, p := range slices.Sorted(maps.Keys(tally.words)) {
		fmt.Printf("%s wrote %d words\n", p, tally.words[p])
	}
}
