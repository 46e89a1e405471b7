package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// FetchError records which station failed and why.
type FetchError struct {
	Station string
	Attempt int
	Err     error
}

func (e *FetchError) Error() string {
	return fmt.Sprintf("fetch %s (attempt %d): %v", e.Station, e.Attempt, e.Err)
}

func (e *FetchError) Unwrap() error { return e.Err }

var (
	ErrTimeout  = errors.New("timeout")
	ErrChecksum = errors.New("checksum mismatch")
)

type Job struct{ Station string }

type Outcome struct {
	Station string
	RainMM  float64
	Err     error
}

// fetch fakes a remote call; failures depend only on the station name.
func fetch(j Job) (float64, error) {
	switch {
	case strings.HasSuffix(j.Station, "7"):
		return 0, &FetchError{j.Station, 3, ErrTimeout}
	case strings.HasPrefix(j.Station, "Z"):
		return 0, &FetchError{j.Station, 1, ErrChecksum}
	}
	sum := 0
	for _, r := range j.Station {
		sum += int(r)
	}
	return float64(sum%50) / 4, nil
}

func main() {
	stations := []string{"A1", "B2", "C7", "D4", "Z9", "E5", "F7", "G3", "H8", "ZA"}
	jobs := make(chan Job)
	outcomes := make(chan Outcome)

	const workers = 3
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mm, err := fetch(j)
				outcomes <- Outcome{j.Station, mm, err}
			}
		}()
	}
	go func() {
		for _, s := range stations {
			jobs <- Job{s}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(outcomes)
	}()

	var results []Outcome
	var errs []error
	for o := range outcomes {
		if o.Err != nil {
			errs = append(errs, o.Err)
			continue
		}
		results = append(results, o)
	}

	slices.SortFunc(results, func(a, b Outcome) int { return strings.Compare(a.Station, b.Station) })
	for _, r := range results {
		fmt.Printf("%-3s %5.2f mm\n", r.Station, r.RainMM)
	}

	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	joined := errors.Join(errs...)
	fmt.Printf("%d failures:\n%v\n", len(errs), joined)
	fmt.Println("any timeout:", errors.Is(joined, ErrTimeout))
	fmt.Println("any checksum:", errors.Is(joined, ErrChecksum))

	var fe *FetchError
	if errors.As(joined, &fe) {
		fmt.Printf("first failure: station=%s attempt=%d cause=%v\n", fe.Station, fe.Attempt, fe.Err)
	}
}
