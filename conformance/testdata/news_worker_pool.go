package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Path string
}

type Outcome struct {
	JobID int
	Words int
	Err   error
}

var ErrNotFound = errors.New("page not found")

func worker(ctx context.Context, client *http.Client, base string, jobs <-chan Job, out chan<- Outcome) {
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			out <- process(client, base, j)
		}
	}
}

func process(client *http.Client, base string, j Job) Outcome {
	resp, err := client.Get(base + j.Path)
	if err != nil {
		return Outcome{JobID: j.ID, Err: err}
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return Outcome{JobID: j.ID, Err: fmt.Errorf("job %d %s: %w", j.ID, j.Path, ErrNotFound)}
	}
	body, _ := io.ReadAll(resp.Body)
	return Outcome{JobID: j.ID, Words: len(strings.Fields(string(body)))}
}

func main() {
	pages := map[string]string{
		"/a/1": "Council approves new cycle lanes on the high street",
		"/a/2": "Local bakery wins national award",
		"/a/3": "Heavy rain expected overnight with flooding possible in low areas",
		"/a/5": "School choir to perform at cathedral",
		"/a/6": "Airport passenger numbers recover",
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		text, ok := pages[r.URL.Path]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		io.WriteString(w, text)
	}))
	defer srv.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	jobs := make(chan Job)
	out := make(chan Outcome)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(ctx, srv.Client(), srv.URL, jobs, out)
		}()
	}
	go func() {
		for i := 1; i <= 6; i++ {
			jobs <- Job{ID: i, Path: fmt.Sprintf("/a/%d", i)}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()

	var results []Outcome
	for o := range out {
		results = append(results, o)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].JobID < results[j].JobID })

	total, failed := 0, 0
	for _, r := range results {
		if r.Err != nil {
			failed++
			fmt.Printf("job %d: error (not found=%t): %v\n", r.JobID, errors.Is(r.Err, ErrNotFound), r.Err)
			continue
		}
		total += r.Words
		fmt.Printf("job %d: %2d words\n", r.JobID, r.Words)
	}
	fmt.Printf("done: %d jobs, %d failed, %d words\n", len(results), failed, total)
}
